# linecache: reading source lines for a small error reporter, including cache invalidation.
import linecache
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "script.py")
    with open(path, "w") as fh:
        fh.write("import math\n\ndef area(r):\n    return math.pi * r ** 2\n\nprint(area(2))\n")

    print(repr(linecache.getline(path, 3)))
    print(repr(linecache.getline(path, 4).strip()))
    print(repr(linecache.getline(path, 100)), repr(linecache.getline(path, 0)))
    lines = linecache.getlines(path)
    print(len(lines), lines[-1].rstrip())

    def context(filename, lineno, radius=1):
        out = []
        for n in range(max(1, lineno - radius), lineno + radius + 1):
            text = linecache.getline(filename, n)
            if text:
                marker = "->" if n == lineno else "  "
                out.append(f"{marker} {n:3d} {text.rstrip()}")
        return "\n".join(out)

    print(context(path, 4))

    with open(path, "w") as fh:
        fh.write("changed = True\n")
    print(repr(linecache.getline(path, 1)))   # still the cached text
    linecache.checkcache(path)
    print(repr(linecache.getline(path, 1)))
    linecache.clearcache()
    print(repr(linecache.getline(path, 1)))

print(repr(linecache.getline("/no/such/file.py", 1)))
print(linecache.getline(linecache.__file__, 1).startswith('"""'))
linecache.lazycache("virtual.py", {"__name__": "virtual", "__loader__": None})
print(repr(linecache.getline("virtual.py", 1)))
