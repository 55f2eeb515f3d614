# The symbol table's errors as CPython 3.11's: annotated global/nonlocal names, the order of the
# directive checks, yield in a comprehension, assignment expressions against a comprehension's
# iteration variables and iterables; and SyntaxError.text: the file's line (with its newline) for
# compiler errors of a file, None for a string; the parser's line with its newline.
import os
import tempfile

cases = [
    "def f(x):\n global x",
    "def f():\n global x\n x: int",
    "def f():\n x = 1\n def g():\n  nonlocal x\n  x: int",
    "def f():\n x: int = 1\n global x",
    "x: int\nglobal x",
    "global x\nx: int\nprint('module-level annotation of a global is allowed')",
    "def f():\n  (x): int\n  global x",
    "def f():\n x = 1\n print(x)\n global x",
    "def f():\n x += 1\n global x",
    "def f():\n global x\n x = 1\n global x",
    "def f():\n print(x)\n global x",
    "def f():\n y = 0\n def g():\n  y = 1\n  nonlocal y",
    "def f():\n from os import *",
    "[(yield x) for x in y]",
    "{(yield x) for x in y}",
    "{x: (yield) for x in y}",
    "((yield from x) for x in y)",
    "def g():\n return [(yield) for x in y]",
    "[x := 1 for x in y]",
    "[i for i in (j := range(3))]",
    "[i for i in range(3) for k in (j := range(3))]",
    "[[(j := 0) for j in range(3)] for i in range(3)]",
    "[i for i in range(5) if (j := i) for j in range(2)]",
    "class C:\n [(y := 1) for x in z]",
    "def f():\n return [(y := x) for x in range(3)], y",
    "[x for x in (lambda: (y := 1))()]",
    "break",
    "def f(a, a): pass",
    "nonlocal x",
    "x = $",
    "a b",
    "del f()\nx = 1\n",
    "x = (1,\n 2",
    "(\n",
    "x = 1 +",
    "'abc",
    "if 1:\n  x\n y\n",
]
for src in cases:
    for mode in ("exec",):
        try:
            compile(src, "<string>", mode)
            print(repr(src), "compiles")
        except SyntaxError as e:
            print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

for src, mode in [("x=$", "eval"), ("x=$\n", "eval"), ("1 +\n", "eval"), ("x = $", "single")]:
    try:
        compile(src, "<string>", mode)
    except SyntaxError as e:
        print(mode, repr(src), repr(e.msg), repr(e.text))

# A file: the compiler's errors and the parser's (in "exec" mode) read the line from the file.
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "m.py")
    for src in ["break\n", "x = 1\nx = $\n", "def f():\n  global x\n  x: int\n", "return 1", "nonlocal x\n"]:
        with open(path, "w") as fh:
            fh.write(src)
        try:
            compile(open(path).read(), path, "exec")
        except SyntaxError as e:
            print("file", repr(src), repr(e.msg), e.lineno, repr(e.text))
    # compile() of another source under the file's name still reads the file's line, as CPython.
    with open(path, "w") as fh:
        fh.write("# the file's first line\n")
    for src in ["break", "x = $"]:
        try:
            compile(src, path, "exec")
        except SyntaxError as e:
            print("named", repr(src), repr(e.msg), repr(e.text))
