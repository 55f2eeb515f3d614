# __init_subclass__: keyword arguments from the class statement, registries, validation, super() chains.


class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls


class Json(Plugin, name="json", priority=10):
    pass


class Yaml(Plugin, priority=5):
    pass


class StrictYaml(Yaml, name="strict-yaml"):
    pass


for name, cls in sorted(Plugin.registry.items(), key=lambda kv: -kv[1].priority):
    print(name, cls.__name__, cls.priority)

try:
    class Broken(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Interface:
    required = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        missing = [m for m in cls.required if not callable(getattr(cls, m, None))]
        if missing:
            raise TypeError(f"{cls.__name__} must define {', '.join(missing)}")


class Stream(Interface):
    required = ("read", "close")


try:
    class BadStream(Stream):
        def read(self):
            return b""
except TypeError as e:
    print("TypeError:", e)


class FileStream(Stream):
    def read(self):
        return b"data"

    def close(self):
        pass


print(FileStream().read())


class Mixin:
    def __init_subclass__(cls, tag="none", **kwargs):
        print(f"Mixin sees {cls.__name__} tag={tag}")
        super().__init_subclass__(**kwargs)


class Counter:
    count = 0

    def __init_subclass__(cls, **kwargs):
        Counter.count += 1
        print(f"Counter sees {cls.__name__} (#{Counter.count})")
        super().__init_subclass__(**kwargs)


class Both(Mixin, Counter, tag="x"):
    pass


class More(Both):
    pass


class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__ kwargs", kwargs)
        return super().__new__(mcls, name, bases, ns, **kwargs)

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class Configurable(metaclass=Meta):
    def __init_subclass__(cls, level=1, **kwargs):
        cls.level = level


class Deep(Configurable, level=3):
    pass


print(Deep.level, type(Deep).__name__)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
print(object.__init_subclass__() is None)
