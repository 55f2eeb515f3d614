# SyntaxError offsets on lines with non-ASCII text. The parser's own errors
# count characters; CPython 3.11's compiler and symbol-table errors report the
# UTF-8 byte column + 1, and Herthon does the same.
cases = [
    'é = "à"; "ü" = 1',
    'naïve, "ö" = 1, 2',
    'print("é", 1 +)',
    'λ = [x for x in 1 = 2]',
    '"é" + f"{ü!x}"',
    'f(café=1, café=2)',
    'def f():\n    x = "é"; nonlocal x',
    'x = "ü" + (yield)\nreturn 5',
    'def g(ä, ä): pass',
    'résultat = "ok"\nreturn résultat',
]
for src in cases:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(f"{src!r:40} {e.msg} (line {e.lineno}, offset {e.offset})")
