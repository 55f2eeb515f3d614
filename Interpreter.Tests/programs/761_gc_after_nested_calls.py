# conformance: own-process   (finalisation depends on when the runtime collects: no other test may share the heap)
# Objects made in nested calls are freed once the last name is gone: neither an exception handled
# deep in a call chain nor an attribute read there keeps the callers' frames (and their locals) alive.
import gc
import sys
import weakref


class Blob:
    def __init__(self, tag):
        self.tag = tag


registry = weakref.WeakValueDictionary()


def lookup(key):
    try:
        return registry.data[key]()      # KeyError the first time
    except KeyError:
        return None


def make(tag):
    found = lookup(tag)
    if found is not None:
        return found
    argv = sys.argv                      # a module attribute read in the nested frame
    blob = Blob(tag)
    registry[tag] = blob
    return blob


def deep(n, tag):
    if n == 0:
        return make(tag)
    return deep(n - 1, tag)


a = make("first")
print("alive:", sorted(registry.keys()))
del a
gc.collect()
print("after del:", sorted(registry.keys()))

b = deep(20, "deep")
print("alive:", sorted(registry.keys()))
del b
gc.collect()
print("after del:", sorted(registry.keys()))


def main():
    c = deep(5, "in-function")
    print("alive:", sorted(registry.keys()))
    del c
    gc.collect()
    print("after del:", sorted(registry.keys()))


main()
finals = []
x = Blob("final")
weakref.finalize(x, finals.append, "finalized")
try:
    deep(3, "other")["missing"]
except TypeError as e:
    print(type(e).__name__)
del x
gc.collect()
print(finals)
