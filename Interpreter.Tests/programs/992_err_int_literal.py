# conformance: full-stderr
# A bad literal in a config file: int() raises ValueError inside a generator that next() drives,
# and nothing handles it, so the traceback shows every frame down to the int() call.


def values(lines):
    for line in lines:
        key, _, raw = line.partition("=")
        yield key.strip(), int(raw)


def load(lines):
    it = values(lines)
    settings = {}
    while True:
        try:
            key, value = next(it)
        except StopIteration:
            return settings
        settings[key] = value


print(load(["a = 1", "b = 2"]))
print(load(["width = 80", "height = eighty"]))
