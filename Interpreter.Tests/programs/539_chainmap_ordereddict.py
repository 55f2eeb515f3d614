# ChainMap as nested scopes; OrderedDict as an LRU; UserDict and defaultdict.
from collections import ChainMap, OrderedDict, UserDict, defaultdict

builtins = {"print": "builtin print", "len": "builtin len"}
module = {"x": 1, "len": "module len"}
scope = ChainMap({}, module, builtins)
local = scope.new_child({"x": 42})
print(local["x"], local["len"], local["print"], scope["x"])
local["y"] = 7
print(local.maps[0], len(local), sorted(local))
print(local.parents["x"], "y" in scope, local.get("zzz", "missing"))
del local["y"]
try:
    del local["len"]
except KeyError as e:
    print("KeyError:", e)


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)


cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
cache.get("a")
cache.put("c", 3)
print(list(cache.items()))
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


ld = LowerDict({"Hello": 1})
ld["WORLD"] = 2
print(ld, ld.data, "hello" in ld)

graph = defaultdict(list)
for a, b in [("x", "y"), ("x", "z"), ("y", "z")]:
    graph[a].append(b)
print(graph, graph.default_factory, dict(graph.copy()))
print(defaultdict(int, a=1) | {"b": 2})
