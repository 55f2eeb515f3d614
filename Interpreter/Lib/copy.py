"""Shallow and deep copy operations."""

__all__ = ["copy", "deepcopy", "Error"]


class Error(Exception):
    pass


_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(len), type(lambda: 0), frozenset)


def copy(x):
    cls = type(x)
    if isinstance(x, _atomic) and cls in _atomic:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is tuple:
        return x
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if isinstance(x, _atomic) and cls in _atomic:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
        return y
    if cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        # Like CPython, a tuple whose items all deep-copy to themselves is returned as is.
        y = x if all(a is b for a, b in zip(x, y)) else tuple(y)
        memo[d] = y
        return y
    if cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls is set:
        y = set(deepcopy(a, memo) for a in x)
        memo[d] = y
        return y
    copier = getattr(cls, "__deepcopy__", None)
    if copier is not None:
        y = copier(x, memo)
        memo[d] = y
        return y
    return _reconstruct(x, memo)


_missing = object()


def _deep(v, memo):
    return v if memo is None else deepcopy(v, memo)


def _reconstruct(x, memo):
    cls = type(x)
    # Container subclasses (OrderedDict, defaultdict, Counter, deque, user subclasses) are rebuilt through
    # their constructor and refilled, as their __reduce_ex__ would do in CPython.
    if isinstance(x, dict):
        factory = getattr(x, "default_factory", _missing)
        y = cls(factory) if factory is not _missing else cls()
        if memo is not None:
            memo[id(x)] = y
        for k, v in x.items():
            y[_deep(k, memo)] = _deep(v, memo)
        return _copy_state(x, y, memo)
    if isinstance(x, list):
        y = cls()
        if memo is not None:
            memo[id(x)] = y
        y.extend(_deep(v, memo) for v in x)
        return _copy_state(x, y, memo)
    if isinstance(x, (set, frozenset)):
        y = cls(_deep(v, memo) for v in x)
        if memo is not None:
            memo[id(x)] = y
        return _copy_state(x, y, memo)
    if hasattr(x, "maxlen") and hasattr(x, "appendleft"):
        y = cls([_deep(v, memo) for v in x], x.maxlen)
        if memo is not None:
            memo[id(x)] = y
        return y
    y = object.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    return _copy_state(x, y, memo)


def _copy_state(x, y, memo):
    cls = type(x)
    if hasattr(x, "__dict__"):
        state = x.__dict__
        if memo is not None:
            state = deepcopy(state, memo)
        for k, v in state.items():
            setattr(y, k, v)
    slots = []
    for klass in cls.__mro__:
        slots.extend(getattr(klass, "__slots__", ()))
    for name in slots:
        if name != "__dict__" and hasattr(x, name):
            value = getattr(x, name)
            setattr(y, name, deepcopy(value, memo) if memo is not None else value)
    return y
