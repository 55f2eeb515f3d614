# conformance: own-process
# Modules whose compiled entries are large (well past 85,000 bytes) and small ones, written to and
# read back from the code cache under sys.pycache_prefix, in an order where a small entry is read
# after a large one; marshal round trips of large code objects, truncated and padded marshal data.
import importlib
import marshal
import os
import sys
import tempfile

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "src")
os.mkdir(src)
sys.pycache_prefix = os.path.join(tmp, "cache")
sys.path.insert(0, src)
sys.dont_write_bytecode = False


def write(name, text):
    with open(os.path.join(src, name + ".py"), "w") as f:
        f.write(text)


big = ["'''A generated module with a large code object.'''", "COUNT = 2500"]
big += ["def f%d(x):\n    return x * %d + len(%r)\n" % (i, i, "k" * (i % 17)) for i in range(2500)]
big.append("TABLE = {%s}" % ", ".join("'key%d': (%d, %r)" % (i, i, 1.5 * i) for i in range(2500)))
big.append("TOTAL = sum(globals()['f%d' % i](3) for i in range(COUNT))")
write("big_mod", "\n".join(big) + "\n")
write("small_mod", "VALUE = 'small'\ndef twice(x):\n    return x * 2\n")
mid = ["def g%d():\n    return %r\n" % (i, "text %d \u00e9\u65e5" % i) for i in range(400)]
write("mid_mod", "\n".join(mid) + "\nWORDS = [g%d() for g in range(0)]\nLAST = g399()\n" % 0)


def use():
    import big_mod, small_mod, mid_mod
    return (big_mod.TOTAL, len(big_mod.TABLE), big_mod.TABLE["key2499"], big_mod.f1234(2),
            big_mod.__doc__, small_mod.VALUE, small_mod.twice(21), mid_mod.LAST, mid_mod.g7())


def forget():
    for name in ("big_mod", "small_mod", "mid_mod"):
        sys.modules.pop(name, None)
    importlib.invalidate_caches()


first = use()
print(first)
for order in (["big_mod", "small_mod", "mid_mod"], ["small_mod", "big_mod", "mid_mod"], ["mid_mod", "big_mod", "small_mod"]):
    forget()
    for name in order:
        importlib.import_module(name)
    print(order[0], use() == first)

cached = sorted(f.split(".")[0] for _, _, files in os.walk(sys.pycache_prefix) for f in files if f.endswith(".pyc"))
print(cached)

# marshal: a large code object both ways, then truncated and with trailing bytes
code = compile("\n".join(big), "big_mod.py", "exec")
data = marshal.dumps(code)
print(len(data) > 85000)
back = marshal.loads(data)
ns = {}
exec(back, ns)
print(ns["TOTAL"], ns["f10"](1), back.co_filename)
for k, cut in enumerate((1, 10, len(data) // 2)):
    try:
        marshal.loads(data[:-cut])
        print("loaded truncated", k)
    except EOFError as e:
        print("EOFError", k)
print(marshal.loads(data + b"trailing junk").co_name)
small = marshal.dumps(compile("x = 1", "s", "exec"))
print(marshal.loads(small).co_consts)
