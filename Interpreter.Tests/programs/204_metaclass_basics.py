class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.registered = True
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)

class Base(metaclass=Meta):
    def __init__(self, v):
        self.v = v

class Child(Base, flavour="x"):
    def extra(self):
        pass

c = Child(3)
print(c.v, Child.registered, type(Child).__name__, type(Base) is Meta)
print(isinstance(Child, Meta), isinstance(Child, type), issubclass(Meta, type))

# registry metaclass
class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            Registry.classes[name.lower()] = cls
        return cls

class Plugin(metaclass=Registry):
    pass
class Alpha(Plugin):
    pass
class Beta(Plugin):
    pass
print(sorted(Registry.classes))
print(Registry.classes["beta"].__name__)

# metaclass methods are available on class, not instance
class WithClassProp(type):
    def describe(cls):
        return "class " + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class Thing(metaclass=WithClassProp):
    pass
print(Thing.describe(), Thing.upper_name)
print(hasattr(Thing(), "describe"))

# type() as a metaclass directly
Dyn = Meta("Dyn", (object,), {"x": 1})
print(Dyn.x, Dyn.registered)

# singleton via metaclass __call__
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, name):
        self.name = name
a = Config("first")
b = Config("second")
print(a is b, b.name)

# __prepare__
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 99}
class UsesPrepare(metaclass=Ordered):
    y = 1
print(UsesPrepare.injected, UsesPrepare.y)
print(type(type), type(object), type.__name__)
