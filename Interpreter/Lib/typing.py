"""Type hints: the names programs import, as runtime placeholders (Herthon does not check types)."""


def _type_repr(obj):
    if obj is None or obj is type(None):
        return "None"
    if obj is ...:
        return "..."
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


class _Special:
    def __init__(self, name, origin=None):
        self._name = name
        self._origin = origin

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self._origin if self._origin is not None else self, params, self._name)

    def __mro_entries__(self, bases):
        return (self._origin,) if isinstance(self._origin, type) else (Generic,)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated")

    def __instancecheck__(self, obj):
        if isinstance(self._origin, type):
            return isinstance(obj, self._origin)
        raise TypeError(f"{self!r} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        if isinstance(self._origin, type):
            return issubclass(cls, self._origin)
        raise TypeError(f"{self!r} cannot be used with issubclass()")

    def __repr__(self):
        return "typing." + self._name


Any = _Special("Any")
Union = None  # defined below
Optional = None  # defined below
Callable = _Special("Callable")
ClassVar = _Special("ClassVar")
Final = _Special("Final")
Literal = _Special("Literal")
NoReturn = _Special("NoReturn")
List = _Special("List", list)
Dict = _Special("Dict", dict)
Set = _Special("Set", set)
FrozenSet = _Special("FrozenSet", frozenset)
Tuple = _Special("Tuple", tuple)
Type = _Special("Type", type)
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
Awaitable = _Special("Awaitable")
Coroutine = _Special("Coroutine")
AsyncIterable = _Special("AsyncIterable")
AsyncIterator = _Special("AsyncIterator")
AsyncGenerator = _Special("AsyncGenerator")
IO = _Special("IO")
BinaryIO = _Special("BinaryIO")
TextIO = _Special("TextIO")
TYPE_CHECKING = False


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return "~" + self.__name__

    def __typing_subst__(self, arg):
        # What list[T][arg] puts in T's place (types.GenericAlias substitution).
        if arg is None:
            return type(None)
        if getattr(arg, '__unpacked__', False):
            raise TypeError(f"{arg} is not valid as type argument")
        return arg


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


class _GenericAlias:
    """X[args] for the typing names: compares and prints like CPython's typing aliases."""

    def __init__(self, origin, args, name):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        if self._name == "Callable" and len(self.__args__) == 2 and isinstance(self.__args__[0], list):
            return f"typing.Callable[{_type_repr(self.__args__[0])}, {_type_repr(self.__args__[1])}]"
        return f"typing.{self._name}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, tuple(map(repr, self.__args__))))

    def __getitem__(self, params):
        return self

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __call__(self, *args, **kwargs):
        if isinstance(self.__origin__, type):
            return self.__origin__(*args, **kwargs)
        raise TypeError(f"Type {self._name} cannot be instantiated")

    def __mro_entries__(self, bases):
        return (self.__origin__,) if isinstance(self.__origin__, type) else (Generic,)


class _UnionAlias(_GenericAlias):
    def __init__(self, args):
        super().__init__(Union, args, "Union")

    def __repr__(self):
        if len(self.__args__) == 2 and type(None) in self.__args__:
            other = [a for a in self.__args__ if a is not type(None)][0]
            return f"typing.Optional[{_type_repr(other)}]"
        return super().__repr__()

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _UnionSpecial(_Special):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        flat = []
        for p in params:
            p = type(None) if p is None else p
            for item in (p.__args__ if isinstance(p, _UnionAlias) else (p,)):
                if item not in flat:
                    flat.append(item)
        if len(flat) == 1:
            return flat[0]
        return _UnionAlias(tuple(flat))


class _OptionalSpecial(_Special):
    def __getitem__(self, param):
        return Union[param, None]


Union = _UnionSpecial("Union")
Optional = _OptionalSpecial("Optional")


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
        annotations.update(ns.get("__annotations__", {}))
        tp = super().__new__(mcls, name, (dict,), dict(ns))
        tp.__annotations__ = annotations
        tp.__total__ = total
        tp.__required_keys__ = frozenset(annotations) if total else frozenset()
        tp.__optional_keys__ = frozenset() if total else frozenset(annotations)
        return tp

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    return _TypedDictMeta(typename, (), {"__annotations__": dict(fields if fields is not None else kwargs)}, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


class _NamedTupleMeta(type):
    def __new__(mcls, name, bases, ns):
        from collections import namedtuple
        annotations = ns.get("__annotations__", {})
        names = list(annotations)
        defaults = [ns[n] for n in names if n in ns]
        nt = namedtuple(name, names, defaults=defaults or None)
        extra = {k: v for k, v in ns.items() if k not in annotations and k not in ("__module__", "__qualname__", "__annotations__")}
        cls = type(name, (nt,), dict(extra, __slots__=(), __annotations__=dict(annotations), __module__=ns.get("__module__", "__main__")))
        return cls


def NamedTuple(typename, fields=None, /, **kwargs):
    from collections import namedtuple
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    nt = namedtuple(typename, [name for name, _ in fields])
    return type(typename, (nt,), {"__slots__": (), "__annotations__": dict(fields), "__module__": "__main__"})


_NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)
