# conformance: full-stderr
# a class's __dict__ is a read-only mappingproxy: item assignment fails, setattr works
class Settings:
    level = 1


Settings.level = 2
print(Settings.__dict__["level"], type(Settings.__dict__).__name__)
Settings.__dict__["level"] = 3
