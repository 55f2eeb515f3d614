# compile() of malformed ASTs reports CPython's errors; the last one is uncaught.
import ast

def attempt(label, tree, mode="exec"):
    try:
        compile(tree, "<ast>", mode)
    except (TypeError, ValueError) as e:
        print(f"{label}: {type(e).__name__}: {e}")

attempt("no lineno", ast.Module([ast.Expr(ast.Constant(1))], []))
attempt("wrong mode", ast.fix_missing_locations(ast.Expression(ast.Constant(1))))
attempt("body not a list", ast.Module(ast.Pass(), []))
attempt("missing field", ast.fix_missing_locations(ast.Module([ast.Expr()], [])))
attempt("missing body", ast.Module(type_ignores=[]))
attempt("bad identifier", ast.fix_missing_locations(ast.Expression(ast.Name(5, ast.Load()))), "eval")
attempt("bad int", ast.fix_missing_locations(ast.Module([ast.ImportFrom("os", [ast.alias("path")], "x")], [])))

tree = ast.Module([ast.Expr(ast.Name("x", ast.Load()), lineno=1, col_offset=0)], [])
compile(tree, "<ast>", "exec")
