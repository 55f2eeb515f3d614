# A NodeTransformer that rewrites the tree, then compile() and run the result.
import ast

source = """
def price(qty, unit):
    subtotal = qty * unit
    if subtotal > 100:
        subtotal = subtotal - 10
    return subtotal

for q in (1, 5, 20):
    print(q, price(q, 7))
print("done", 2 + 3)
"""


class DoubleInts(ast.NodeTransformer):
    """Doubles every integer literal (except booleans)."""

    def visit_Constant(self, node):
        if type(node.value) is int:
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


class SubToAdd(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Sub):
            node.op = ast.Add()
        return node


class TracePrints(ast.NodeTransformer):
    """Wraps print(...) calls so each one reports its line first."""

    def visit_Expr(self, node):
        self.generic_visit(node)
        call = node.value
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "print":
            note = ast.Expr(ast.Call(ast.Name("print", ast.Load()),
                                     [ast.Constant(f"[line {node.lineno}]")], [ast.keyword("end", ast.Constant(" "))]))
            return [note, node]
        return node


print("original:")
exec(compile(source, "<orig>", "exec"), {})

tree = ast.parse(source)
tree = SubToAdd().visit(DoubleInts().visit(tree))
tree = ast.fix_missing_locations(TracePrints().visit(tree))
print("rewritten:")
print(ast.unparse(tree))
code = compile(tree, "<rewritten>", "exec")
namespace = {}
exec(code, namespace)
print(namespace["price"](3, 3))

# a hand-built expression, evaluated
expr = ast.Expression(
    body=ast.ListComp(
        elt=ast.BinOp(ast.Name("i", ast.Load()), ast.Mult(), ast.Name("i", ast.Load())),
        generators=[ast.comprehension(ast.Name("i", ast.Store()),
                                      ast.Call(ast.Name("range", ast.Load()), [ast.Constant(6)], []),
                                      [], 0)]))
print(eval(compile(ast.fix_missing_locations(expr), "<expr>", "eval")))

# increment_lineno shifts positions; the traceback reports the shifted line
bad = ast.parse("x = 1\ny = x / 0\n")
ast.increment_lineno(bad, 40)
try:
    exec(compile(bad, "<shifted>", "exec"), {})
except ZeroDivisionError as e:
    print("ZeroDivisionError at line", e.__traceback__.tb_next.tb_lineno)

# compile() passes an AST straight through with PyCF_ONLY_AST
print(compile(tree, "<t>", "exec", ast.PyCF_ONLY_AST) is tree)
