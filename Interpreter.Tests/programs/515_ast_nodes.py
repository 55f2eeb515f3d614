# AST nodes as objects: copying (through __reduce__), equality by dump, user subclasses of node classes.
import ast
import copy

tree = ast.parse("total = price * (1 + rate)  # tax")
clone = copy.deepcopy(tree)
print(ast.dump(clone) == ast.dump(tree), clone is not tree, clone.body[0] is not tree.body[0])
shallow = copy.copy(tree.body[0])
print(shallow.value is tree.body[0].value, shallow.lineno)

back = copy.deepcopy(tree)
print(ast.dump(back, include_attributes=True) == ast.dump(tree, include_attributes=True))
print(type(back.body[0].value.op).__name__)

print(ast.Load().__reduce__()[1:], ast.Name("x").__reduce__()[1:])


class TaggedName(ast.Name):
    """A Name that remembers where it came from; still compiles as a Name."""
    _fields = ast.Name._fields + ("origin",)

    def __init__(self, *args, origin="user", **kwargs):
        super().__init__(*args, **kwargs)
        self.origin = origin


node = TaggedName("answer", ast.Load(), origin="config")
print(node.id, node.origin, isinstance(node, ast.expr), node._fields)
expr = ast.fix_missing_locations(ast.Expression(ast.BinOp(node, ast.Add(), ast.Constant(1))))
print(eval(compile(expr, "<tagged>", "eval"), {"answer": 41}))
print(ast.dump(expr.body.left))

# attributes are ordinary instance attributes
n = ast.Constant(3)
n.note = "extra"
print(sorted(vars(n)))
del n.note
print(hasattr(n, "note"), n.kind, n.value)

# positions default: end positions are optional, lineno is not
stmt = ast.Pass()
print(stmt.end_lineno, hasattr(stmt, "lineno"))
stmt.lineno, stmt.col_offset = 3, 4
print(ast.dump(stmt, include_attributes=True))

# ast.walk order and iter_fields / iter_child_nodes
t = ast.parse("if a:\n    b = c(d)\nelse:\n    e")
print([type(x).__name__ for x in ast.walk(t)])
for name, value in ast.iter_fields(t.body[0]):
    print(name, type(value).__name__)
print([type(c).__name__ for c in ast.iter_child_nodes(t.body[0])])
