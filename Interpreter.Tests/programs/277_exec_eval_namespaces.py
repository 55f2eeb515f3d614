# exec/eval with explicit namespaces, globals()/locals()/vars()/dir(), compile-free dynamic code
g = {"x": 10}
exec("y = x * 2\ndef f(n):\n    return n + y\nz = f(1)", g)
print(sorted(k for k in g if k != "__builtins__"), g["z"], "__builtins__" in g)
loc = {}
exec("a = 1\nb = a + 1", {}, loc)
print(loc)
print(eval("x + 1", {"x": 41}), eval("len(s)", {"s": "abc"}), eval("[i * i for i in range(4)]"), eval(" 2 ** 10 "))
ns = {"__builtins__": {"len": len}}
print(eval("len('four')", ns))
try:
    eval("print('x')", ns)
except NameError as e:
    print("NameError:", e)
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
class K:
    attr = 1
    def m(self): pass
print(sorted(k for k in vars(K) if not k.startswith("__")), vars(K)["attr"])
obj = K()
obj.inst = 5
print(vars(obj), "inst" in dir(obj), "m" in dir(obj), "attr" in dir(K))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
counter = 0
def bump():
    globals()["counter"] += 1
bump(); bump()
print(counter, globals()["counter"], "bump" in globals())
code = "total = 0\nfor i in range(5):\n    total += i\n"
scope = {}
exec(code, scope)
print(scope["total"])
for expr in ["1 +", "def", "x ="]:
    try:
        eval(expr)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)
fns = {}
for name, op in [("add", "+"), ("mul", "*")]:
    exec(f"def {name}(a, b):\n    return a {op} b", fns)
print(fns["add"](3, 4), fns["mul"](3, 4), fns["add"].__name__)
print(eval("lambda q: q * 3")(7), eval("(lambda: x)()", {"x": "captured"}))
def outer():
    v = "local"
    return eval("v"), eval("v", {"v": "explicit"})
print(outer())
exec("import math as m2")
print(m2.floor(2.7))
r = exec("1 + 1")
print(r)
print(type(eval("...")).__name__, eval("None") is None, eval("'a' 'b'"))
