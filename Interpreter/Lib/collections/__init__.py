"""Container datatypes: deque (Python), defaultdict/Counter/OrderedDict/namedtuple (C# `_collections`)."""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

from _collections import defaultdict, Counter, OrderedDict, namedtuple

_sentinel = object()


class deque:
    """A ring-buffer double-ended queue."""
    __slots__ = ('_buf', '_head', '_len', '_maxlen', '__weakref__')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        if iterable is not ():
            self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _grow(self):
        buf = self._buf
        n = len(buf)
        h = self._head
        self._buf = buf[h:] + buf[:h] + [None] * n
        self._head = 0

    def append(self, x):
        if self._maxlen == 0:
            return
        if self._maxlen is not None and self._len == self._maxlen:
            self.popleft()
        if self._len == len(self._buf):
            self._grow()
        self._buf[(self._head + self._len) % len(self._buf)] = x
        self._len += 1

    def appendleft(self, x):
        if self._maxlen == 0:
            return
        if self._maxlen is not None and self._len == self._maxlen:
            self.pop()
        if self._len == len(self._buf):
            self._grow()
        self._head = (self._head - 1) % len(self._buf)
        self._buf[self._head] = x
        self._len += 1

    def pop(self):
        if not self._len:
            raise IndexError("pop from an empty deque")
        self._len -= 1
        i = (self._head + self._len) % len(self._buf)
        x = self._buf[i]
        self._buf[i] = None
        return x

    def popleft(self):
        if not self._len:
            raise IndexError("pop from an empty deque")
        x = self._buf[self._head]
        self._buf[self._head] = None
        self._head = (self._head + 1) % len(self._buf)
        self._len -= 1
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._buf = [None] * 8
        self._head = 0
        self._len = 0

    def copy(self):
        return deque(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        c = 0
        for v in self:
            if v is x or v == x:
                c += 1
        return c

    def index(self, x, start=0, stop=None):
        n = self._len
        if stop is None or stop > n:
            stop = n
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop += n
        for i in range(start, stop):
            v = self[i]
            if v is x or v == x:
                return i
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        if self._maxlen is not None and self._len == self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = list(self)
        items.insert(i, x)
        self.clear()
        self.extend(items)

    def remove(self, value):
        items = list(self)
        for i, v in enumerate(items):
            if v is value or v == value:
                del items[i]
                self.clear()
                self.extend(items)
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        items = list(self)
        items.reverse()
        self.clear()
        self.extend(items)

    def rotate(self, n=1):
        ln = self._len
        if ln <= 1:
            return
        n %= ln
        if n == 0:
            return
        items = list(self)
        items = items[-n:] + items[:-n]
        self.clear()
        self.extend(items)

    def _index(self, i):
        n = self._len
        if not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return (self._head + i) % len(self._buf)

    def __getitem__(self, i):
        return self._buf[self._index(i)]

    def __setitem__(self, i, x):
        self._buf[self._index(i)] = x

    def __delitem__(self, i):
        j = i + self._len if i < 0 else i
        if j < 0 or j >= self._len:
            raise IndexError("deque index out of range")
        items = list(self)
        del items[j]
        self.clear()
        self.extend(items)

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len != 0

    def __iter__(self):
        buf = self._buf
        h = self._head
        size = len(buf)
        n = self._len
        for i in range(n):
            if self._buf is not buf or self._len != n:
                raise RuntimeError("deque mutated during iteration")
            yield buf[(h + i) % size]

    def __reversed__(self):
        for i in range(self._len - 1, -1, -1):
            yield self[i]

    def __contains__(self, x):
        for v in self:
            if v is x or v == x:
                return True
        return False

    def __repr__(self):
        if self._maxlen is None:
            return f"deque({list(self)!r})"
        return f"deque({list(self)!r}, maxlen={self._maxlen})"

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) != list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        r = deque(self, self._maxlen)
        r.extend(other)
        return r

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        r = deque((), self._maxlen)
        for i in range(n):
            r.extend(list(self))
        return r

    def __imul__(self, n):
        items = list(self)
        self.clear()
        for i in range(n):
            self.extend(items)
        return self


class ChainMap:
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def new_child(self, m=None):
        if m is None:
            m = {}
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')
