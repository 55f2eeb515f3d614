# Nesting 10^5 deep at every entry point that recurses in the interpreter itself:
# each ends in CPython's error (or result), never a crash.
import ast
import copy
import json
import pickle

N = 100_000


def attempt(name, f, message=True):
    try:
        r = f()
    except (RecursionError, MemoryError, SyntaxError, ValueError) as e:
        print(f"{name}: {type(e).__name__}" + (f": {e}" if message else ""))
    else:
        print(f"{name}: ok {r!r}"[:80])


nested_list = []
for _ in range(N):
    nested_list = [nested_list]
other_list = []
for _ in range(N):
    other_list = [other_list]
nested_tuple = ()
for _ in range(N):
    nested_tuple = (nested_tuple,)
other_tuple = ()
for _ in range(N):
    other_tuple = (other_tuple,)
nested_dict = {}
for _ in range(N):
    nested_dict = {"k": nested_dict}
nested_frozen = frozenset()
for _ in range(N):
    nested_frozen = frozenset([nested_frozen])

# source code
attempt("parentheses", lambda: eval("(" * N + ")" * N))
attempt("200 brackets", lambda: eval("[" * 200 + "]" * 200) == [[]] or True)
attempt("201 brackets", lambda: eval("[" * 201 + "]" * 201))
attempt("unary minus", lambda: eval("-" * N + "1"))
attempt("not", lambda: eval("not " * N + "1"))
attempt("lambda", lambda: eval("lambda: " * N + "1"))
attempt("power", lambda: eval("2" + "**2" * N))
attempt("if-else", lambda: eval("1 if 1 else " * N + "1"))
attempt("additions", lambda: eval("1" + "+1" * N))
attempt("attributes", lambda: compile("a" + ".b" * N, "<deep>", "eval") and None)
attempt("calls", lambda: compile("f" + "()" * N, "<deep>", "eval") and None)
attempt("subscripts", lambda: compile("a" + "[0]" * N, "<deep>", "eval") and None)
attempt("elif chain", lambda: exec("if 0: pass\n" + "elif 0: pass\n" * N))
attempt("2000 additions", lambda: eval("1" + "+1" * 2000))
indent = "".join(" " * i + "if 1:\n" for i in range(100)) + " " * 100 + "pass\n"
attempt("100 indents", lambda: exec(indent))
indent = "".join(" " * i + "if 1:\n" for i in range(99)) + " " * 99 + "x = 99\n"
attempt("99 indents", lambda: exec(indent))
attempt("ast.parse", lambda: ast.parse("-" * 2900 + "1") and None)
attempt("ast.parse deeper", lambda: ast.parse("-" * 5000 + "1"))

def deep_ast(n):
    e = ast.Constant(1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
    for _ in range(n):
        e = ast.UnaryOp(ast.USub(), e, lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
    return ast.Expression(e)

attempt("compile deep ast", lambda: compile(deep_ast(5_000), "<ast>", "eval"))
attempt("compile ast of 500", lambda: eval(compile(deep_ast(500), "<ast>", "eval")))

# data
attempt("repr list", lambda: repr(nested_list))
attempt("str tuple", lambda: str(nested_tuple))
attempt("repr dict", lambda: repr(nested_dict))
attempt("list ==", lambda: nested_list == other_list)
attempt("tuple ==", lambda: nested_tuple == other_tuple)
attempt("tuple <", lambda: nested_tuple < other_tuple)
attempt("list in", lambda: nested_list in [other_list])
attempt("sorted", lambda: sorted([nested_list, other_list]))
attempt("hash tuple", lambda: hash(nested_tuple) == hash(other_tuple))
attempt("hash frozenset", lambda: hash(nested_frozen) == hash(nested_frozen))
attempt("isinstance", lambda: isinstance(1, nested_tuple))
attempt("issubclass", lambda: issubclass(int, nested_tuple))
attempt("deepcopy", lambda: copy.deepcopy(nested_list), message=False)
attempt("json.dumps", lambda: json.dumps(nested_list), message=False)
attempt("json.loads", lambda: json.loads("[" * N + "]" * N), message=False)
attempt("pickle.dumps", lambda: pickle.dumps(nested_list), message=False)
attempt("str.format nested", lambda: "{:{}}".format(1, 5))
attempt("str.format too deep", lambda: "{:{:{}}}".format(1, 2, 3))


class Node:
    def __init__(self, child):
        self.child = child

    def __repr__(self):
        return f"Node({self.child!r})"


node = None
for _ in range(N):
    node = Node(node)
attempt("user __repr__", lambda: repr(node), message=False)
print("still running")
