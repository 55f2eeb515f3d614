# LOAD_GLOBAL and module-level LOAD_NAME while a module-level loop stores globals every iteration:
# values rebound, names shadowing builtins added and deleted, globals() written directly, a
# deleted global (NameError), exec with its own globals and builtins, class bodies' own names.
K = 3
def f(x):
    return len(str(x)) + K + abs(x)

total = 0
for i in range(2000):
    total += f(i)
    if i == 500:
        K = 10                       # a value rebound: the next reads see it
    if i == 1000:
        len = lambda s: 100          # a global now shadows the builtin
    if i == 1500:
        del len                      # and the builtin is back
    if i == 1700:
        globals()["K"] = -1
print(total, K)

seen = []
for j in range(6):
    seen.append(abs(-j) + K)
    if j == 2:
        abs = lambda v: 1000
    if j == 4:
        del abs
print(seen)

def g():
    return missing_name
missing_name = 1
out = []
for k in range(4):
    if k == 2:
        del missing_name
    try:
        out.append(g())
    except NameError as e:
        out.append(str(e))
print(out)

code = compile("r = []\nfor q in range(3):\n    r.append(len('ab') + q)\n    if q == 1:\n        len = lambda s: -5\n", "<exec>", "exec")
ns = {"__builtins__": {"len": lambda s: 7, "range": range}}
exec(code, ns)
print(ns["r"])
ns2 = {}
exec(code, ns2)
print(ns2["r"])

class C:
    K = "class K"
    vals = []
    for n in range(3):
        vals.append(K)
        K = n
print(C.vals, K)

def h():
    return sorted
for t in range(3):
    print(h()([3, 1, 2]), end=" ")
    if t == 0:
        sorted = lambda l: "shadowed"
    elif t == 1:
        del sorted
print()
