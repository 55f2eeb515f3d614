# __instancecheck__ and __subclasscheck__ on metaclasses: structural checks for isinstance/issubclass.


class Protocol(type):
    def __instancecheck__(cls, obj):
        return all(callable(getattr(obj, m, None)) for m in cls.methods)

    def __subclasscheck__(cls, sub):
        return all(callable(getattr(sub, m, None)) for m in cls.methods)


class Closeable(metaclass=Protocol):
    methods = ("close",)


class Readable(metaclass=Protocol):
    methods = ("read", "close")


class File:
    def read(self):
        return ""

    def close(self):
        pass


class Socket:
    def close(self):
        pass


for obj in (File(), Socket(), 42):
    print(type(obj).__name__, isinstance(obj, Closeable), isinstance(obj, Readable))
print(issubclass(File, Readable), issubclass(Socket, Readable), issubclass(int, Closeable))
print(isinstance(Socket(), (int, Closeable)), issubclass(Socket, (str, Readable)))


class Even(type):
    def __instancecheck__(cls, obj):
        print(f"  check {obj!r}")
        return isinstance(obj, int) and obj % 2 == 0


class EvenNumber(metaclass=Even):
    pass


print([n for n in range(5) if isinstance(n, EvenNumber)])
print(isinstance(EvenNumber(), EvenNumber))


class Never(type):
    def __instancecheck__(cls, obj):
        return False

    def __subclasscheck__(cls, sub):
        return False


class Hidden(metaclass=Never):
    pass


class Child(Hidden):
    pass


print(isinstance(Hidden(), Hidden), isinstance(Child(), Hidden), issubclass(Child, Hidden), type(Child()) is Child)


class Registering(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._virtual = set()

    def register(cls, sub):
        cls._virtual.add(sub)
        return sub

    def __subclasscheck__(cls, sub):
        return sub in cls._virtual or type.__subclasscheck__(cls, sub)

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))


class Sequence(metaclass=Registering):
    pass


Sequence.register(tuple)
print(isinstance((1,), Sequence), isinstance([1], Sequence), issubclass(tuple, Sequence), issubclass(list, Sequence))


class RealSeq(Sequence):
    pass


print(isinstance(RealSeq(), Sequence), issubclass(RealSeq, Sequence))
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError:", e)
