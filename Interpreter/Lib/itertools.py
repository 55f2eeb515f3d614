"""Functional tools for creating and using iterators (CPython's itertools, as generators)."""


class count:
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float)):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {self._step!r})"


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


class repeat:
    def __init__(self, object, times=None):
        self._object = object
        self._times = None if times is None else max(0, times)

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._times})"


_initial_missing = object()


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


class chain:
    def __init__(self, *iterables):
        self._gen = self._chain(iterables)

    @staticmethod
    def _chain(iterables):
        for it in iterables:
            for element in it:
                yield element

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._gen = cls._chain(iterables)
        return c


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    iterable = iter(iterable)
    for x in iterable:
        if not predicate(x):
            yield x
            break
    for x in iterable:
        yield x


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


class groupby:
    def __init__(self, iterable, key=None):
        if key is None:
            key = lambda x: x
        self.keyfunc = key
        self.it = iter(iterable)
        self.tgtkey = self.currkey = self.currvalue = object()

    def __iter__(self):
        return self

    def __next__(self):
        self.id = object()
        while self.currkey == self.tgtkey:
            self.currvalue = next(self.it)
            self.currkey = self.keyfunc(self.currvalue)
        self.tgtkey = self.currkey
        return (self.currkey, self._grouper(self.tgtkey, self.id))

    def _grouper(self, tgtkey, id):
        while self.id is id and self.currkey == tgtkey:
            yield self.currvalue
            try:
                self.currvalue = next(self.it)
            except StopIteration:
                return
            self.currkey = self.keyfunc(self.currvalue)


def _islice_index(value, message):
    if value is None:
        return None
    try:
        return value.__index__()
    except (AttributeError, TypeError):
        raise ValueError(message) from None


_STOP_MSG = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_INDEX_MSG = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."


def islice(iterable, *args):
    # Arguments are checked when islice() is called, with CPython's messages.
    if not args:
        raise TypeError("islice expected at least 2 arguments, got 1")
    if len(args) > 3:
        raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
    if len(args) == 1:
        start, stop, step = None, args[0], None
    else:
        start, stop, step = (args + (None,))[:3]
    stop = _islice_index(stop, _STOP_MSG)
    if stop == -1:
        raise ValueError(_STOP_MSG)
    try:
        start = 0 if start is None else start.__index__()
    except (AttributeError, TypeError):
        start = -1
    if start < 0 or (stop is not None and stop < -1):
        raise ValueError(_INDEX_MSG)
    try:
        step = 1 if step is None else step.__index__()
    except (AttributeError, TypeError):
        step = -1
    if step < 1:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    i = 0
    nexti = start
    if stop is not None and stop <= start:
        for _ in zip(range(stop), it):
            pass
        return
    for element in it:
        if i == nexti:
            yield element
            nexti += step
        i += 1
        if stop is not None and i >= stop:
            return


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


class _tee_dataobject:
    """Values read from the shared iterator, in blocks of _LINKCELLS (as CPython's teedataobject), so a
    lagging tee keeps one list per block alive rather than one object per value."""
    __slots__ = ('it', 'values', 'next', 'running')

    def __init__(self, it):
        self.it = it
        self.values = []
        self.next = None
        self.running = False


_LINKCELLS = 57


class _tee:
    def __init__(self, iterable):
        # A tee is its own iterator; asked of it directly, not through iter(), which wraps instances.
        if type(iterable) is _tee:
            self._data, self._index = iterable._data, iterable._index
        else:
            self._data, self._index = _tee_dataobject(iter(iterable)), 0

    def __iter__(self):
        return self

    def __next__(self):
        data, i = self._data, self._index
        if i >= _LINKCELLS:
            if data.next is None:
                data.next = _tee_dataobject(data.it)
            data = self._data = data.next
            i = 0
        values = data.values
        if i < len(values):
            self._index = i + 1
            return values[i]
        # Reading the shared iterator: a second reader (the iterator's own __next__ calling this tee,
        # or another thread while the first blocks) must fail rather than wait for it.
        if data.running:
            raise RuntimeError("cannot re-enter the tee iterator")
        data.running = True
        try:
            value = next(data.it)
        finally:
            data.running = False
        values.append(value)
        self._index = i + 1
        return value

    def __copy__(self):
        new = _tee.__new__(_tee)
        new._data, new._index = self._data, self._index
        return new


def tee(iterable, n=2, /):
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iterable if type(iterable) is _tee else iter(iterable)
    copyable = it if hasattr(it, '__copy__') else _tee(it)
    result = [copyable]
    for i in range(1, n):
        copyable = copyable.__copy__()
        result.append(copyable)
    return tuple(result)


def zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError("r must be non-negative")
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError("r must be non-negative")
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b
