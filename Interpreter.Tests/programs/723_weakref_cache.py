# conformance: own-process   (finalisation depends on when the runtime collects: no other test may share the heap)
# weakref: a WeakValueDictionary cache, WeakKeyDictionary metadata, WeakSet, finalize, WeakMethod.
import gc
import weakref

class Image:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Image({self.name!r})"

cache = weakref.WeakValueDictionary()

def load(name):
    img = cache.get(name)
    if img is None:
        print("loading", name)
        img = Image(name)
        cache[name] = img
    return img

a = load("logo")
b = load("logo")
print(a is b, len(cache), sorted(cache.keys()))
del a, b
gc.collect()
print("after del:", len(cache), "logo" in cache)
c = load("logo")

meta = weakref.WeakKeyDictionary()
k1, k2 = Image("k1"), Image("k2")
meta[k1] = {"size": 10}
meta[k2] = {"size": 20}
print(sorted(v["size"] for v in meta.values()))
del k1
gc.collect()
print(len(meta), [k.name for k in meta.keys()])

ws = weakref.WeakSet()
objs = [Image(str(i)) for i in range(4)]
for o in objs:
    ws.add(o)
print(len(ws))
objs.pop()
objs.pop()
gc.collect()
print(len(ws), sorted(o.name for o in ws))

class Resource:
    def __init__(self, name):
        self.name = name
        self._fin = weakref.finalize(self, Resource.cleanup, name)
    @staticmethod
    def cleanup(name):
        print("cleanup", name)
    def close(self):
        self._fin()

r1 = Resource("db")
r2 = Resource("socket")
print(r1._fin.alive)
r1.close()
print(r1._fin.alive)
r1.close()  # second call does nothing
del r2
gc.collect()

f = weakref.finalize(c, print, "finalizer", "args", sep="|")
print(f.peek()[0] is c, f.atexit)
det = f.detach()
print(det[1], f.alive)

class Button:
    def __init__(self):
        self.clicks = 0
    def click(self):
        self.clicks += 1
        return self.clicks

btn = Button()
wm = weakref.WeakMethod(btn.click)
print(wm()(), wm()())
del btn
gc.collect()
print(wm())

r = weakref.ref(c)
print(r() is c, weakref.getweakrefcount(c))
p = weakref.proxy(c)
print(p.name)
