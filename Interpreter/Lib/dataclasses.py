"""Data classes: generated __init__, __repr__, __eq__ (and ordering, frozen) from annotations."""

__all__ = ["dataclass", "field", "fields", "asdict", "astuple", "replace", "FrozenInstanceError", "MISSING", "is_dataclass"]


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default=MISSING, default_factory=MISSING, init=True, repr=True, compare=True, hash=None, kw_only=False):
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError("cannot specify both default and default_factory")
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare
        self.hash = hash
        self.kw_only = kw_only

    def __repr__(self):
        return f"Field(name={self.name!r},type={self.type!r},default={self.default!r},default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},compare={self.compare!r})"


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, compare=True, hash=None, kw_only=False):
    return Field(default, default_factory, init, repr, compare, hash, kw_only)


def fields(obj):
    flds = getattr(obj, "__dataclass_fields__", None)
    if flds is None:
        raise TypeError("must be called with a dataclass type or instance")
    return tuple(flds.values())


def is_dataclass(obj):
    return hasattr(obj, "__dataclass_fields__")


def _is_classvar(typ):
    if isinstance(typ, str):
        return typ.startswith(("ClassVar", "typing.ClassVar"))
    return getattr(typ, "_name", None) == "ClassVar" and type(typ).__module__ == "typing"


def _collect(cls):
    flds = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, "__dataclass_fields__", {}).values():
            flds[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    for name, typ in annotations.items():
        if _is_classvar(typ):
            continue  # ClassVar annotations are class attributes, not fields
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = Field(default=default)
        f.name = name
        f.type = typ
        if f.default_factory is not MISSING or f.default is MISSING:
            if name in cls.__dict__:
                delattr(cls, name)
        else:
            setattr(cls, name, f.default)
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: use default_factory")
        flds[name] = f
    return flds


def _make_init(cls, flds, frozen):
    args = []
    body = []
    ns = {"MISSING": MISSING, "__dataclass_builtins_object__": object}
    seen_default = False
    for f in flds.values():
        if not f.init:
            if f.default_factory is not MISSING:
                ns["__dflt_" + f.name] = f.default_factory
                body.append(_assign(f.name, f"__dflt_{f.name}()", frozen))
            elif f.default is not MISSING:
                ns["__dflt_" + f.name] = f.default
                body.append(_assign(f.name, f"__dflt_{f.name}", frozen))
            continue
        if f.default_factory is not MISSING:
            ns["__dflt_" + f.name] = f.default_factory
            args.append(f"{f.name}=MISSING")
            body.append(_assign(f.name, f"__dflt_{f.name}() if {f.name} is MISSING else {f.name}", frozen))
            seen_default = True
        elif f.default is not MISSING:
            ns["__dflt_" + f.name] = f.default
            args.append(f"{f.name}=__dflt_{f.name}")
            body.append(_assign(f.name, f.name, frozen))
            seen_default = True
        else:
            if seen_default:
                raise TypeError(f"non-default argument '{f.name}' follows default argument")
            args.append(f.name)
            body.append(_assign(f.name, f.name, frozen))
    if hasattr(cls, "__post_init__"):
        body.append("self.__post_init__()")
    if not body:
        body.append("pass")
    src = "def __init__(self" + "".join(", " + a for a in args) + "):\n" + "".join("    " + b + "\n" for b in body)
    exec(src, ns)
    init = ns["__init__"]
    init.__qualname__ = cls.__qualname__ + ".__init__"
    return init


def _assign(name, value, frozen):
    if frozen:
        return f"__dataclass_builtins_object__.__setattr__(self, {name!r}, {value})"
    return f"self.{name} = {value}"


def _process(cls, init, repr, eq, order, frozen, match_args=True):
    flds = _collect(cls)
    cls.__dataclass_fields__ = flds
    if init:
        cls.__init__ = _make_init(cls, flds, frozen)
    cmp_names = [f.name for f in flds.values() if f.compare]
    if repr:
        repr_names = [f.name for f in flds.values() if f.repr]

        def __repr__(self):
            return self.__class__.__qualname__ + "(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in repr_names) + ")"
        __repr__.__qualname__ = cls.__qualname__ + ".__repr__"
        cls.__repr__ = __repr__
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return tuple(getattr(self, n) for n in cmp_names) == tuple(getattr(other, n) for n in cmp_names)
            return NotImplemented
        cls.__eq__ = __eq__
        if not frozen and "__hash__" not in cls.__dict__:
            cls.__hash__ = None
    if order:
        def _key(o):
            return tuple(getattr(o, n) for n in cmp_names)

        def __lt__(self, other):
            return _key(self) < _key(other) if other.__class__ is self.__class__ else NotImplemented

        def __le__(self, other):
            return _key(self) <= _key(other) if other.__class__ is self.__class__ else NotImplemented

        def __gt__(self, other):
            return _key(self) > _key(other) if other.__class__ is self.__class__ else NotImplemented

        def __ge__(self, other):
            return _key(self) >= _key(other) if other.__class__ is self.__class__ else NotImplemented
        cls.__lt__, cls.__le__, cls.__gt__, cls.__ge__ = __lt__, __le__, __gt__, __ge__
    if frozen:
        def __setattr__(self, name, value):
            raise FrozenInstanceError(f"cannot assign to field '{name}'")

        def __delattr__(self, name):
            raise FrozenInstanceError(f"cannot delete field '{name}'")
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
        if eq:
            def __hash__(self):
                return hash(tuple(getattr(self, n) for n in cmp_names))
            cls.__hash__ = __hash__
    if match_args and "__match_args__" not in cls.__dict__:
        # Positional class patterns follow __init__'s positional parameters.
        cls.__match_args__ = tuple(f.name for f in flds.values() if f.init and not f.kw_only)
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True, slots=False, kw_only=False):
    def wrap(c):
        return _process(c, init, repr, eq, order, frozen, match_args)
    if cls is None:
        return wrap
    return wrap(cls)


def asdict(obj):
    if not is_dataclass(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return {f.name: _asdict_inner(getattr(obj, f.name)) for f in fields(obj)}


def _asdict_inner(v):
    if is_dataclass(v) and not isinstance(v, type):
        return asdict(v)
    if isinstance(v, list):
        return [_asdict_inner(x) for x in v]
    if isinstance(v, tuple):
        return tuple(_asdict_inner(x) for x in v)
    if isinstance(v, dict):
        return {_asdict_inner(k): _asdict_inner(x) for k, x in v.items()}
    return v


def astuple(obj):
    return tuple(_asdict_inner(getattr(obj, f.name)) for f in fields(obj))


def replace(obj, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
