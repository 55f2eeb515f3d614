# PEP 560 __mro_entries__: objects that stand in for base classes; __orig_bases__ keeps the originals.
import types


class Alias:
    """A parametrised stand-in for a class, like typing's generic aliases."""

    def __init__(self, origin, *params):
        self.origin = origin
        self.params = params

    def __mro_entries__(self, bases):
        return (self.origin,)

    def __repr__(self):
        return f"Alias({self.origin.__name__}, {', '.join(p.__name__ for p in self.params)})"


class Mapping:
    def describe(self):
        return f"{type(self).__name__} via Mapping"


class Config(Alias(Mapping, str, int)):
    pass


print(Config.__bases__, Config.__orig_bases__, Config().describe())
print([c.__name__ for c in Config.__mro__])


class Many:
    def __mro_entries__(self, bases):
        return (Mapping, Extra)


class Extra:
    extra = True


class Both(Many(), object):
    pass


print([c.__name__ for c in Both.__bases__], Both.extra, len(Both.__orig_bases__))


class Vanish:
    def __mro_entries__(self, bases):
        return ()


class Marker(Vanish(), Mapping):
    pass


print(Marker.__bases__, type(Marker.__orig_bases__[0]).__name__)


class Plain(Mapping):
    pass


print("__orig_bases__" in Plain.__dict__)


class Seen:
    def __mro_entries__(self, bases):
        print("bases given:", [type(b).__name__ for b in bases])
        return (dict,)


class D(Seen(), Extra):
    pass


print(D.__mro__[1:])
print(types.resolve_bases((Alias(Mapping, int), Extra)), types.resolve_bases((int,)))
T = types.new_class("T", (Alias(Mapping, bytes),))
print(T.__bases__, T.__orig_bases__, T().describe())


class Wrong:
    def __mro_entries__(self, bases):
        return [Mapping]


try:
    class W(Wrong()):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class N(42):
        pass
except TypeError as e:
    print("TypeError:", e)
