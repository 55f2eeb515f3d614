# types.SimpleNamespace and the type names in types, keyword lists, isinstance checks against them
import types
import keyword
ns = types.SimpleNamespace(name="cfg", level=3)
ns.extra = [1, 2]
print(ns, ns.name, ns.level, vars(ns))
print(ns == types.SimpleNamespace(name="cfg", level=3, extra=[1, 2]), ns != types.SimpleNamespace())
del ns.extra
print(ns, types.SimpleNamespace(b=2), repr(types.SimpleNamespace()))
try:
    types.SimpleNamespace({"a": 1})
except TypeError as e:
    print("TypeError:", e)
try:
    hash(ns)
except TypeError as e:
    print("TypeError:", e)
def f(): pass
def g(): yield
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType), isinstance(g(), types.GeneratorType))
print(isinstance(None, types.NoneType), types.NoneType.__name__, types.FunctionType.__name__, types.ModuleType.__name__)
print(isinstance(f.__code__, types.CodeType), types.GeneratorType.__name__, types.MethodType.__name__)
Dyn = types.new_class("Dyn", (C,), exec_body=lambda d: d.update(x=5))
print(Dyn.__name__, Dyn.x, issubclass(Dyn, C), Dyn.__mro__[1] is C)
print(len(keyword.kwlist), keyword.iskeyword("lambda"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.kwlist[:5])
words = ["for", "print", "class", "self", "None", "case", "nonlocal", "async"]
print([w for w in words if keyword.iskeyword(w)], [w for w in words if not keyword.iskeyword(w) and w.isidentifier()])
def safe_name(n):
    return n + "_" if keyword.iskeyword(n) else n
print([safe_name(w) for w in words])
class Config(types.SimpleNamespace):
    pass
print(Config(a=1), Config(a=1) == types.SimpleNamespace(a=1))
