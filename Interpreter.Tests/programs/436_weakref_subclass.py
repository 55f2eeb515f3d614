# conformance: own-process   (finalisation depends on when the runtime collects: no other test may share the heap)
# Subclassing _weakref.ref the way weakref.WeakValueDictionary does (KeyedRef).
import gc
import _weakref


class KeyedRef(_weakref.ref):
    __slots__ = ("key",)

    def __new__(type, ob, callback, key):
        self = _weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class ValueCache:
    """A tiny weak-value mapping: entries vanish when their values are collected."""

    def __init__(self):
        self.data = {}

        def remove(wr, selfref=_weakref.ref(self)):
            cache = selfref()
            if cache is not None:
                _weakref._remove_dead_weakref(cache.data, wr.key)
                cache.removed.append(wr.key)

        self._remove = remove
        self.removed = []

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __len__(self):
        return len(self.data)


class Image:
    def __init__(self, path):
        self.path = path


cache = ValueCache()
logo = Image("logo.png")
icon = Image("icon.png")
cache["logo"] = logo
cache["icon"] = icon
print(len(cache), cache["logo"].path)
ref = cache.data["icon"]
print(type(ref).__name__, isinstance(ref, _weakref.ref), ref.key, ref() is icon)
print(_weakref.getweakrefcount(icon))
del icon, ref
gc.collect()
print(len(cache), sorted(cache.data), cache.removed)
try:
    cache["icon"]
except KeyError as e:
    print("KeyError", e)


class Tagged(_weakref.ref):
    def __init__(self, ob, callback=None, **tags):
        super().__init__(ob, callback)
        self.tags = tags


t = Tagged(logo, None, kind="png")
print(t.tags, t() is logo, t == _weakref.ref(logo))
