# __class__ assignment, __slots__ with and without __dict__, properties with setters and deleters.

class Cat:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says meow"


class Dog:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says woof"


pets = [Cat("tom"), Cat("kit")]
for i in range(3):
    print([p.speak() for p in pets])
    pets[0].__class__ = Dog if i % 2 == 0 else Cat
print(type(pets[0]).__name__, vars(pets[0]))
pets[0].age = 3
pets[0].__class__ = Cat
print(vars(pets[0]), pets[0].speak())

try:
    pets[1].__class__ = int
except TypeError as e:
    print("TypeError:", e)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


s = Slotted(1, 2)
for _ in range(3):
    s.x += s.y
print(s.x, s.y, hasattr(s, "__dict__"))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del s.y
try:
    print(s.y)
except AttributeError as e:
    print("AttributeError:", e)
s.y = 7
print(s.y)


class SlotsAndDict:
    __slots__ = ("fixed", "__dict__")

    def __init__(self):
        self.fixed = "slot"
        self.free = "dict"


sd = SlotsAndDict()
print(sd.fixed, sd.free, vars(sd))
sd.more = 1
print(vars(sd))
sd.__dict__["fixed"] = "ignored: the slot wins"
print(sd.fixed)


class Sub(Slotted):
    def __init__(self):
        super().__init__(5, 6)
        self.extra = "sub has a dict"


sub = Sub()
print(sub.x, sub.y, sub.extra, vars(sub))


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

    @fahrenheit.deleter
    def fahrenheit(self):
        print("deleting")
        del self.celsius


t = Temperature(100)
readings = []
for f in (32, 212, 50):
    t.fahrenheit = f
    readings.append((t.celsius, t.fahrenheit))
print(readings)
del t.fahrenheit
print(vars(t))
try:
    t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)


class ReadOnly:
    @property
    def value(self):
        return 42


ro = ReadOnly()
try:
    ro.value = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del ro.value
except AttributeError as e:
    print("AttributeError:", e)
ro.__dict__["value"] = "instance"
print(ro.value)
