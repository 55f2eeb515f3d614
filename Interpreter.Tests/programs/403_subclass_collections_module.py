# Subclasses of collections' dict types and of types.ModuleType; attribute hooks on builtin subclasses.
import collections
import sys
import types


class LoggingOrderedDict(collections.OrderedDict):
    def __init__(self, *args, **kwargs):
        self.log = []
        super().__init__(*args, **kwargs)

    def __setitem__(self, key, value):
        self.log.append(key)
        super().__setitem__(key, value)


lod = LoggingOrderedDict(b=2, a=1)
lod["c"] = 3
lod.move_to_end("b")
print(lod, lod.log, list(lod), lod.popitem(last=False), type(lod).__name__)


class Tree(collections.defaultdict):
    def __init__(self):
        super().__init__(Tree)

    def to_dict(self):
        return {k: v.to_dict() for k, v in self.items()}


t = Tree()
t["a"]["b"]["c"]
t["a"]["d"]
t["e"]
print(t.to_dict(), t.default_factory is Tree, isinstance(t, dict))


class WordCount(collections.Counter):
    @classmethod
    def from_text(cls, text):
        return cls(text.lower().split())

    def top(self, n):
        return [w for w, _ in self.most_common(n)]


wc = WordCount.from_text("the cat and the hat and the bat")
print(wc.top(2), wc["the"], wc["dog"], type(wc).__name__)
print(wc + WordCount(["cat"]), (wc - WordCount(["the"] * 5)).total())


class Env(types.ModuleType):
    """A module whose missing attributes come from a defaults table."""

    defaults = {"DEBUG": False, "WORKERS": 4}

    def __init__(self, name, **overrides):
        super().__init__(name, "settings module")
        self.__dict__.update(overrides)

    def __getattr__(self, attr):
        if attr in Env.defaults:
            return Env.defaults[attr]
        raise AttributeError(f"module {self.__name__!r} has no setting {attr!r}")

    @property
    def names(self):
        return sorted(k for k in vars(self) if not k.startswith("_"))


env = Env("settings", WORKERS=8)
print(env.__name__, env.__doc__, env.WORKERS, env.DEBUG, env.names, isinstance(env, types.ModuleType))
try:
    env.TIMEOUT
except AttributeError as e:
    print("AttributeError:", e)
sys.modules["settings"] = env
import settings

print(settings is env, settings.WORKERS, type(settings).__name__)


class Frozen(types.ModuleType):
    def __setattr__(self, name, value):
        if name.isupper() and name in self.__dict__:
            raise AttributeError(f"cannot rebind constant {name}")
        super().__setattr__(name, value)


fz = Frozen("consts")
fz.PI = 3.14
fz.pi = 3
fz.pi = 4
try:
    fz.PI = 3
except AttributeError as e:
    print("AttributeError:", e)
print(fz.PI, fz.pi)


class AttrDict(dict):
    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None

    def __setattr__(self, key, value):
        self[key] = value


cfg = AttrDict(host="localhost")
cfg.port = 8080
print(cfg, cfg.host, cfg.port, hasattr(cfg, "missing"))


class Row(tuple):
    __slots__ = ()

    @property
    def first(self):
        return self[0]


r = Row((1, 2))
print(r.first)
try:
    r.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
