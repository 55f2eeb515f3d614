# SyntaxError's position attributes as CPython 3.11 sets them: end_lineno always, a range over
# several lines ending at a column of its last line, end_offset -1 for the tokenizer's indentation
# errors, a NEWLINE token's zero width; and the caret line traceback draws from them.
import traceback

cases = [("exec", "def foo(*args, **kwargs):\n    pass\n\nfoo(a, z\n        for z in\n            range(10), b, c)\n"), ("exec", "f(x for x in\n  L, é)\n"), ("exec", "é(x for x in\n  Lüü, 1)\n"), ("eval", "(1,"), ("exec", "x = 'abc\n"), ("exec", "if 1:\nx=1\n"), ("exec", "if 1:\n  x=1\n    y=2\n"), ("exec", '"""abc'), ("exec", "f(**a, *b)\n"), ("exec", "x = $"), ("exec", "def f():\n    return\n  x\n"), ("exec", "x = (\n"), ("single", "1 +\n"),
 ("exec", "(a +\n b) = 1\n"), ("exec", "f(a for a in\n b, 1)\n"), ("exec", "x = 1\ndel (a +\n  b)\n"), ("exec", "[a,\n b] += 1\n"), ("exec", "def f(a, a):\n pass\n"), ("exec", "import a.b as c.d\n"), ("exec", "f(x=1, x=2)\n"), ("exec", "print 'x'\n"), ("exec", "a if b\n"), ("exec", "True = 1\n"), ("exec", "x = yield = 1\n"), ("exec", "for x in range(3):\n    pass\nelse:\n  x\n  continue\n"),
 ("exec", "return (1 +\n 2)\n"), ("exec", "def f():\n    x = 1\n    nonlocal x\n"), ("exec", "class C:\n    return 1\n"), ("exec", "break\n"), ("exec", "def f():\n    yield from (a +\n  b)\n    return\nasync def g():\n    yield from x\n"),
 ("exec", "match x:\n    case (a |\n b):\n        pass\n"), ("exec", "match x:\n    case {**a, 'b': 1}:\n        pass\n"), ("exec", "match x:\n    case a | b:\n        pass\n"), ("exec", "def f(*, **k): pass\n"), ("exec", "x = [i for i in range(3)] = 1\n"), ("exec", "f(\n  a=1,\n  a=2)\n"), ("exec", "lambda: (yield)\nx := 1\n"), ("exec", "x = 1 +\n"), ("exec", "if x\n  pass\n"), ("exec", "'''abc\ndef''' $\n"), ("exec", "try:\n  pass\nexcept* (A,\n B):\n  pass\nexcept C:\n  pass\n"), ("exec", "x = 1\nfrom __future__ import annotations\n"),
 ("exec", "def f(a=1, b):\n    pass\n"), ("exec", "a, *b, *c = d\n"), ("exec", "del f()\n"), ("exec", "global x\nx: int = 1\ndef f():\n    x = 1\n    global x\n"),
]
for mode, src in cases:
    try:
        compile(src, "<s>", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.lineno, e.offset, e.end_lineno, e.end_offset, e.msg)
        if e.end_lineno != e.lineno:
            print("".join(traceback.format_exception_only(type(e), e)), end="")
    else:
        print("no error", repr(src))
