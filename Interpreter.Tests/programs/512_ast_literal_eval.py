# ast.literal_eval: nested literals, and what it refuses.
import ast

samples = [
    "42",
    "-3.5",
    "1+2j",
    "'text' 'joined'",
    "b'\\x00bytes'",
    "[1, [2, [3, [4]]]]",
    "(1,)",
    "{'name': 'ada', 'langs': ('en', 'fr'), 'scores': [9.5, 7], 'ok': True, 'x': None}",
    "{1, 2, 3}",
    "set()",
    "{'nested': {'deeper': {'deepest': [{}, (), []]}}}",
    "  -  7",
]
for s in samples:
    v = ast.literal_eval(s)
    print(f"{s!r:40} -> {v!r} ({type(v).__name__})")

print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(value="node")))

bad = [
    "x",
    "len([1])",
    "1 + x",
    "[i for i in range(3)]",
    "{**{'a': 1}}",
    "2 ** 10",
    "lambda: 0",
    "'a' * 3",
]
for s in bad:
    try:
        ast.literal_eval(s)
    except ValueError as e:
        print(f"{s!r:25} ValueError: {str(e).split(' <')[0]} {type(ast.parse(s, mode='eval').body).__name__}")

for s in ["1 +", "(1, 2", "]"]:
    try:
        ast.literal_eval(s)
    except SyntaxError as e:
        print(f"{s!r:25} SyntaxError: {e.msg}")
