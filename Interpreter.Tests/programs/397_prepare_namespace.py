# Metaclass __prepare__: recording, auto-numbering and non-dict namespaces for the class body.
import builtins


class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.assignments = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.assignments.append(key)
        super().__setitem__(key, value)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print(f"prepare {name} bases={[b.__name__ for b in bases]} kwargs={kwargs}")
        return RecordingDict()

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.assignments = ns.assignments
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class Form(metaclass=Ordered, strict=True):
    username = "text"
    password = "secret"

    def validate(self):
        return True

    username = "email"


print(Form.assignments, Form.username)


class AutoNumber(dict):
    """Names used but never assigned in the body get the next number."""

    def __missing__(self, key):
        if key.startswith("__") or hasattr(builtins, key):
            raise KeyError(key)
        value = sum(1 for k in self if not k.startswith("__"))
        self[key] = value
        return value


class EnumLike(type):
    def __prepare__(name, bases):
        return AutoNumber()

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.members = [k for k in ns if not k.startswith("__")]
        return cls


class Color(metaclass=EnumLike):
    RED
    GREEN
    BLUE
    ALIAS = 10
    LEN = len("abc")


print(Color.RED, Color.GREEN, Color.BLUE, Color.ALIAS, Color.LEN, Color.members)


class Namespace:
    """A mapping that is not a dict at all."""

    def __init__(self):
        self.data = {}
        self.log = []

    def __getitem__(self, key):
        self.log.append(("get", key))
        return self.data[key]

    def __setitem__(self, key, value):
        self.log.append(("set", key))
        self.data[key] = value

    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.data[key]


class Custom(type):
    def __prepare__(name, bases):
        return Namespace()

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns.data)
        cls.log = ns.log
        return cls


class Built(metaclass=Custom):
    a = 1
    b = a + 1
    tmp = 0
    del tmp
    c: int = 3


print(Built.b, Built.c, hasattr(Built, "tmp"), Built.__annotations__)
print([entry for entry in Built.log if not entry[1].startswith("__")])


class NoConvert(type):
    def __prepare__(name, bases):
        return Namespace()


try:
    class Oops(metaclass=NoConvert):
        pass
except TypeError as e:
    print("TypeError:", e)


class BadPrepare(type):
    def __prepare__(name, bases):
        return 42


try:
    class Oops2(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type.__prepare__("X", (object,), flag=1), type(Form).__prepare__)
