# Compile-time warnings as CPython's compiler and tokenizer issue them: "is" with a literal (after the
# AST optimizer's folding), an assert on a non-empty tuple, a number run into a keyword (1if); through
# the warnings filters, and a SyntaxError at the same place under an error filter.
import warnings, sys
src = ["x is 1", "x is not -1", "x is ()", "x is (1, y)", "1 is x is None", "x is 1+1", "x is f''", "x is None", "x is ...", "x is True", "assert (x, 1)", "assert ()", "assert x, (1, 2)", "x is 'a'", "x is b''", "-1 is not x"]
for s in src:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        compile(s, "g.py", "exec")
    print(repr(s), [(str(x.message), x.category.__name__, x.filename, x.lineno) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for s in ["x = 1\nif x is 1: pass", "assert (x, 1)", "y = (\n 1 is x)"]:
        try:
            compile(s, "f.py", "exec")
        except SyntaxError as e:
            print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for s in ["print(1if 1 else 2)", "0x1for x in y", "1else", "[0o7and 1]", "1in x", "1.5or 2", "1jif 1 else 2"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(s, "t.py", "exec")
        except SyntaxError as e:
            print("SyntaxError", e.msg, e.offset, e.end_offset)
    print(repr(s), [(str(x.message), x.category.__name__, x.lineno) for x in w])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(s, "t.py", "exec")
        except SyntaxError as e:
            print("  error:", e.msg, e.lineno, e.offset, e.end_offset, repr(e.text))
