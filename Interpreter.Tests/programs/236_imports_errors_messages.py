# ImportError / ModuleNotFoundError messages and attributes
import sys

def attempt(code):
    try:
        exec(code, {})
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError:", e, "| name =", e.name)
    except ImportError as e:
        msg = str(e)
        if " (" in msg and msg.endswith(".py)"):
            msg = msg.rsplit(" (", 1)[0]
        print("ImportError:", msg, "| name =", e.name)
    else:
        print("ok:", code)

attempt("import no_such_module_xyz")
attempt("import imp_tree.no_such_sub")
attempt("import imp_tree.base.not_a_package")
attempt("from imp_tree import definitely_missing")
attempt("from imp_tree.base import Base, Missing")
attempt("from no_such_pkg.sub import thing")
attempt("import imp_tree.sub.sibling")
attempt("from imp_tree.sub import sibling")
print(issubclass(ModuleNotFoundError, ImportError))
e = ImportError("custom message", name="modname", path="/some/path")
print(e, e.name, e.path, e.args)
e2 = ModuleNotFoundError("no luck")
print(e2, e2.name, e2.path, repr(e2))
try:
    raise ModuleNotFoundError("manual", name="manual_mod")
except ImportError as exc:
    print(type(exc).__name__, exc.msg, exc.name)
print("no_such_module_xyz" in sys.modules)
