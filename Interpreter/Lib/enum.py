"""Enumerations: Enum, IntEnum, Flag (basic), auto, unique."""

__all__ = ["Enum", "IntEnum", "Flag", "IntFlag", "EnumMeta", "auto", "unique"]


class auto:
    _counter = 0

    def __init__(self):
        self.value = None


def _is_member_name(name, value):
    if name.startswith("__") and name.endswith("__"):
        return False
    if name.startswith("_"):
        return False
    if callable(value) and not isinstance(value, auto) or isinstance(value, (staticmethod, classmethod, property)):
        return False
    return True


class EnumMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        members = []
        for key, value in list(namespace.items()):
            if _is_member_name(key, value):
                members.append((key, value))
        for key, _ in members:
            del namespace[key]
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        member_type = object
        for base in cls.__mro__[1:]:
            if base in (int, str, float):
                member_type = base
                break
        last = 0
        for key, value in members:
            if isinstance(value, auto):
                value = cls._generate_next_value_(key, 1, len(cls._member_names_), last)
            if value in cls._value2member_map_:
                alias = cls._value2member_map_[value]
                cls._member_map_[key] = alias
                type.__setattr__(cls, key, alias)
                continue
            args = value if isinstance(value, tuple) else (value,)
            if member_type is object:
                member = object.__new__(cls)
            else:
                member = member_type.__new__(cls, *args)
            member._name_ = key
            member._value_ = value
            # Like CPython, the member's __init__ (if a class in the MRO defines one) receives the value's items.
            for base in cls.__mro__:
                if base in (object, int, str, float):
                    break
                if "__init__" in base.__dict__:
                    base.__dict__["__init__"](member, *args)
                    break
            cls._member_names_.append(key)
            cls._member_map_[key] = member
            cls._value2member_map_[value] = member
            type.__setattr__(cls, key, member)
            if isinstance(value, int):
                last = value
        return cls

    def __call__(cls, value, *args, **kwargs):
        if not cls._member_map_ and (args or kwargs or isinstance(value, str)):
            return super().__call__(value, *args, **kwargs)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            missing = cls._missing_(value)
            if missing is not None:
                return missing
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}") from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[n] for n in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(f"cannot reassign member '{name}'")
        super().__setattr__(name, value)

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"

    @property
    def __members__(cls):
        return dict(cls._member_map_)


class Enum(metaclass=EnumMeta):
    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_value):
        return last_value + 1 if count else start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return f"<{self.__class__.__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class IntEnum(int, Enum):
    __repr__ = Enum.__repr__
    __hash__ = int.__hash__

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_value):
        return 1 if not count else last_value * 2

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        members = [m for m in cls if m._value_ & value == m._value_ and m._value_]
        covered = 0
        for m in members:
            covered |= m._value_
        extra = value & ~covered
        if extra and not issubclass(cls, int):
            return None
        member = int.__new__(cls, value) if issubclass(cls, int) else object.__new__(cls)
        names = [m._name_ for m in members]
        if extra:
            names.append(hex(extra) if extra > 9 else str(extra))
        member._name_ = "|".join(names) if names else None
        member._value_ = value
        return member

    def __str__(self):
        if self._name_ is None:
            return f"{self.__class__.__name__}({self._value_!r})"
        return f"{self.__class__.__name__}.{self._name_}"

    def __repr__(self):
        return f"<{self.__class__.__name__}.{self._name_}: {self._value_!r}>"

    @staticmethod
    def _other_value(other):
        return other._value_ if isinstance(other, Flag) else other

    def __or__(self, other):
        if not isinstance(other, (self.__class__, int) if isinstance(self, int) else self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | self._other_value(other))

    def __and__(self, other):
        if not isinstance(other, (self.__class__, int) if isinstance(self, int) else self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & self._other_value(other))

    def __xor__(self, other):
        if not isinstance(other, (self.__class__, int) if isinstance(self, int) else self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ self._other_value(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)


class IntFlag(int, Flag):
    __repr__ = Flag.__repr__
    __hash__ = int.__hash__
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


def unique(enumeration):
    duplicates = [(name, member._name_) for name, member in enumeration.__members__.items() if name != member._name_]
    if duplicates:
        details = ", ".join(f"{a} -> {b}" for a, b in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {details}")
    return enumeration


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """The decorator CPython's stdlib uses to build an enum from a plain class (ast._Precedence):
    here the class body is re-created as an ordinary `etype` enum."""
    def convert_class(cls):
        namespace = {k: v for k, v in cls.__dict__.items() if k not in ("__dict__", "__weakref__")}
        return type(etype)(cls.__name__, (etype,), namespace)
    return convert_class
