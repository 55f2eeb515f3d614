"""dataclasses: @dataclass, field, fields, asdict, astuple, replace (pure Python).

Generates __init__, __repr__, __eq__ and, on request, ordering methods and frozen instances,
from the class's annotations in definition order (base-class dataclass fields first).
"""

__all__ = ["dataclass", "field", "Field", "fields", "asdict", "astuple", "replace",
           "is_dataclass", "FrozenInstanceError", "MISSING", "InitVar"]


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "init", "repr", "hash", "compare", "kw_only")

    def __init__(self, default, default_factory, init, repr, hash, compare, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.kw_only = kw_only

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, kw_only)


def fields(obj):
    try:
        fs = obj.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fs.values() if not isinstance(f.type, InitVar))


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _collect(cls):
    fs = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, "__dataclass_fields__", {}).values():
            fs[f.name] = f
    ann = cls.__dict__.get("__annotations__", {})
    for name, tp in ann.items():
        if isinstance(tp, str) and tp.startswith("ClassVar") or getattr(tp, "_is_classvar", False):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = Field(default, MISSING, True, True, None, True, MISSING)
        f.name = name
        f.type = tp
        if f.default_factory is MISSING and isinstance(f.default, (list, dict, set)):
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: use default_factory")
        fs[name] = f
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    return fs


def _make_init(cls, fs, frozen):
    params = [f for f in fs.values() if f.init]
    seen_default = False
    for f in params:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if seen_default and not has_default:
            raise TypeError(f"non-default argument '{f.name}' follows default argument")
        seen_default = seen_default or has_default
    all_fields = list(fs.values())
    post_init = hasattr(cls, "__post_init__")

    qual = cls.__qualname__ + ".__init__()"
    n_required = sum(1 for f in params if f.default is MISSING and f.default_factory is MISSING)

    def __init__(self, *args, **kwargs):
        if len(args) > len(params):
            takes = f"{len(params) + 1}" if n_required == len(params) else f"from {n_required + 1} to {len(params) + 1}"
            raise TypeError(f"{qual} takes {takes} positional arguments but {len(args) + 1} were given")
        values = {}
        for f, a in zip(params, args):
            values[f.name] = a
        for k, v in kwargs.items():
            if k in values:
                raise TypeError(f"{qual} got multiple values for argument '{k}'")
            if not any(f.name == k for f in params):
                raise TypeError(f"{qual} got an unexpected keyword argument '{k}'")
            values[k] = v
        missing = [f.name for f in params if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            names = " and ".join(repr(m) for m in missing) if len(missing) <= 2 else ", ".join(repr(m) for m in missing[:-1]) + ", and " + repr(missing[-1])
            raise TypeError(f"{qual} missing {len(missing)} required positional argument{'s' if len(missing) > 1 else ''}: {names}")
        initvars = []
        for f in all_fields:
            if f.name in values:
                v = values[f.name]
            elif f.default_factory is not MISSING:
                v = f.default_factory()
            elif f.default is not MISSING:
                v = f.default
            else:
                continue
            if isinstance(f.type, InitVar):
                initvars.append(v)
                continue
            object.__setattr__(self, f.name, v)
        if post_init:
            self.__post_init__(*initvars)

    __init__.__qualname__ = cls.__qualname__ + ".__init__"
    return __init__


def _tuple(self, fs):
    return tuple(getattr(self, f.name) for f in fs.values() if f.compare and not isinstance(f.type, InitVar))


def _process(cls, init, repr_, eq, order, frozen, unsafe_hash):
    fs = _collect(cls)
    cls.__dataclass_fields__ = fs
    if init and "__init__" not in cls.__dict__:
        cls.__init__ = _make_init(cls, fs, frozen)
    if repr_ and "__repr__" not in cls.__dict__:
        def __repr__(self):
            inner = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fs.values() if f.repr and not isinstance(f.type, InitVar))
            return f"{type(self).__qualname__}({inner})"
        cls.__repr__ = __repr__
    if eq and "__eq__" not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _tuple(self, fs) == _tuple(other, fs)
            return NotImplemented
        cls.__eq__ = __eq__
    if order:
        for name, op in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                         ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            def method(self, other, op=op):
                if other.__class__ is self.__class__:
                    return op(_tuple(self, fs), _tuple(other, fs))
                return NotImplemented
            method.__name__ = name
            setattr(cls, name, method)
    if frozen:
        def __setattr__(self, name, value):
            raise FrozenInstanceError(f"cannot assign to field '{name}'")
        def __delattr__(self, name):
            raise FrozenInstanceError(f"cannot delete field '{name}'")
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    if unsafe_hash or (eq and frozen):
        cls.__hash__ = lambda self: hash(_tuple(self, fs))
    elif eq and "__hash__" not in cls.__dict__:
        cls.__hash__ = None
    if "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in fs.values() if f.init)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    def wrap(c):
        return _process(c, init, repr, eq, order, frozen, unsafe_hash)
    if cls is None:
        return wrap
    return wrap(cls)


def _asdict_inner(obj, factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return factory([(f.name, _asdict_inner(getattr(obj, f.name), factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, factory), _asdict_inner(v, factory)) for k, v in obj.items())
    return obj


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return tuple_factory(_asdict_inner(getattr(obj, f.name), dict) for f in fields(obj))


def replace(obj, /, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)
