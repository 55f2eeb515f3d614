class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " (tiny)"
class Cat(Animal):
    sound = "meow"
for a in [Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom")]:
    print(a.speak(), "/", a.kind(), "/", type(a).__name__)
print(isinstance(Puppy("p"), Animal), issubclass(Puppy, Dog), issubclass(Cat, Dog))
print(Puppy.__bases__[0].__name__, Puppy.__mro__[1].__name__)
print([c.__name__ for c in Puppy.__mro__])
class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
print(hasattr(Dog("x"), "speak"), Dog.sound, Animal.sound)
