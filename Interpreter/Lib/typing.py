"""Type hints: the names programs import, as runtime placeholders (Herthon does not check types)."""


class _Special:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated")

    def __repr__(self):
        return "typing." + self._name


Any = _Special("Any")
Union = _Special("Union")
Optional = _Special("Optional")
Callable = _Special("Callable")
ClassVar = _Special("ClassVar")
Final = _Special("Final")
Literal = _Special("Literal")
NoReturn = _Special("NoReturn")
List = _Special("List")
Dict = _Special("Dict")
Set = _Special("Set")
FrozenSet = _Special("FrozenSet")
Tuple = _Special("Tuple")
Type = _Special("Type")
Iterable = _Special("Iterable")
Iterator = _Special("Iterator")
Generator = _Special("Generator")
Sequence = _Special("Sequence")
Mapping = _Special("Mapping")
MutableMapping = _Special("MutableMapping")
MutableSequence = _Special("MutableSequence")
Deque = _Special("Deque")
DefaultDict = _Special("DefaultDict")
Counter = _Special("Counter")
TYPE_CHECKING = False


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return "~" + self.__name__


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def get_type_hints(obj):
    return dict(getattr(obj, "__annotations__", {}))


def NamedTuple(typename, fields=None, **kwargs):
    from collections import namedtuple
    if fields is None:
        fields = kwargs.items()
    return namedtuple(typename, [name for name, _ in fields])
