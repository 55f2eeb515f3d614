# ast column offsets count UTF-8 bytes, as CPython's: ASCII and non-ASCII lines, long lines, nodes
# asked for out of order, several sources parsed in turn (the tokenizer remembers the current
# line's ASCII prefix), and positions in syntax errors.
import ast


def cols(src):
    return [(type(n).__name__, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
            for n in ast.walk(ast.parse(src)) if hasattr(n, "col_offset")]


sources = [
    "x = 'héllo' + y + 'wörld' + z\n",
    "a = 1; b = 'ü'; c = [d, e, 'ß'] # ç\nf(g, 'π', h)\n",
    "λ = 1 + μ * 'x'\nz = λ\n",
    "'😀' + a + b\n",
    "s = f'{a} é {b!r}' + q\n",
    "x = 1\ny = 'é'\nz = 2\n",
]
for src in sources:
    print(cols(src))

# The same text at the same offsets in two sources, one with a non-ASCII character earlier.
one = "abc + 'x' + d\n"
two = "abé + 'x' + d\n"
for src in (one, two, one, two):
    print(cols(src)[-3:])

# A long ASCII line, then non-ASCII near its end; and the reverse.
long_ascii = "v = " + " + ".join(f"n{i}" for i in range(300)) + " + 'ñ' + w\n"
c = cols(long_ascii)
print(len(c), c[:2], c[-4:])
long_mixed = "v = 'ñ' + " + " + ".join(f"n{i}" for i in range(300)) + "\n"
c = cols(long_mixed)
print(len(c), c[:2], c[-4:])

# Deep subscripts and calls on one line (positions of the outer nodes asked for last).
deep = "a" + "[0]" * 50 + " + 'é'\n"
c = cols(deep)
print(c[:3], c[-3:])

for src in ["x = 'é' $\n", "y = 1\nπ = (1 +\n 2 $)\n", "s = 'ü' + ŝ +\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(e.lineno, e.offset, e.end_offset, e.msg)
