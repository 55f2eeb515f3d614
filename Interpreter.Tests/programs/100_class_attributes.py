class Config:
    debug = False
    level = 1
    tags = []
    def __init__(self, name):
        self.name = name
a = Config("a")
b = Config("b")
print(a.debug, b.level, Config.level)
a.level = 5
print(a.level, b.level, Config.level)
Config.level = 9
print(a.level, b.level)
a.tags.append("shared")
print(b.tags, Config.tags is a.tags)
del a.level
print(a.level)
print(sorted(vars(a)), "level" in vars(Config))
class Meta:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
class Sub(Meta):
    pass
Meta.make(); Sub.make(); Sub.make()
print(Meta.count, Sub.count)
print(Config.__name__, Config.__qualname__, Config.__module__)
print(type(Config.__dict__["level"]).__name__)
