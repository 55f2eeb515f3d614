# Parsing source into an AST and inspecting it: dump (plain, with positions, indented), walk, fields.
import ast

source = '''
def area(shape, *, scale=1.0):
    """Area of a shape description."""
    match shape:
        case {"kind": "circle", "r": r}:
            return 3.14159 * r ** 2 * scale
        case {"kind": "rect", "w": w, "h": h}:
            return w * h * scale
    raise ValueError(f"unknown shape {shape!r}")

totals = [area(s) for s in shapes if s]
name = "naïve"; size = len(name)
'''

tree = ast.parse(source)
print(ast.dump(tree))
print()
print(ast.dump(tree.body[2], include_attributes=True))
print()
print(ast.dump(ast.parse("lambda x, y=2: (x, y)", mode="eval"), indent=2))
print(ast.dump(ast.parse("x += 1", mode="single")))

func = tree.body[0]
print(type(func).__name__, func.name, func.lineno, func.end_lineno)
print(ast.get_source_segment(source, func.body[0]))
print(func._fields)
print(ast.Name._fields, ast.Name._attributes, ast.Name.__match_args__)
print(ast.BinOp.__doc__)
print(ast.operator.__doc__)
print(isinstance(func, ast.stmt), isinstance(func, ast.AST), issubclass(ast.Add, ast.operator))

kinds = {}
for node in ast.walk(tree):
    kinds[type(node).__name__] = kinds.get(type(node).__name__, 0) + 1
for k in sorted(kinds):
    print(f"{k:16} {kinds[k]}")

# the column offsets are in UTF-8 bytes, as CPython reports them
assign = tree.body[2]
print([(n.col_offset, n.end_col_offset) for n in ast.walk(assign) if hasattr(n, "col_offset")])
print(ast.get_source_segment(source, tree.body[3].value))

# constructing nodes by hand
node = ast.BinOp(ast.Constant(2), ast.Pow(), right=ast.Constant(10))
print(ast.dump(node))
print(ast.Constant(value=1).kind, ast.Return().value)
try:
    ast.BinOp(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    ast.Name("x").ctx
except AttributeError as e:
    print("AttributeError:", e)

# nodes match structurally
match ast.parse("print('hi', end='')").body[0]:
    case ast.Expr(ast.Call(ast.Name(fn), [ast.Constant(text)], [ast.keyword("end", _)])):
        print("call of", fn, "with", repr(text))
