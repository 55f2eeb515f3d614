# Hand-built trees that convert but fail CPython's AST validation (ValueError), then one uncaught.
import ast

def attempt(label, tree, mode="exec"):
    try:
        compile(ast.fix_missing_locations(tree), "<ast>", mode)
        print(label, "compiled")
    except (TypeError, ValueError, SyntaxError) as e:
        print(f"{label}: {type(e).__name__}: {e}")

L, S, D = ast.Load(), ast.Store(), ast.Del()
no_args = ast.arguments([], [], None, [], [], None, [])
attempt("store in load", ast.Module([ast.Expr(ast.Name("x", S))], []))
attempt("load target", ast.Module([ast.Assign([ast.Name("x", L)], ast.Constant(1))], []))
attempt("constant target", ast.Module([ast.Assign([ast.Constant(1)], ast.Constant(1))], []))
attempt("del of a call", ast.Module([ast.Delete([ast.Call(ast.Name("f", L), [], [])])], []))
attempt("empty function", ast.Module([ast.FunctionDef("f", no_args, [], [], None)], []))
attempt("empty if", ast.Module([ast.If(ast.Constant(1), [], [])], []))
attempt("bare try", ast.Module([ast.Try([ast.Pass()], [], [], [])], []))
attempt("one-value BoolOp", ast.Expression(ast.BoolOp(ast.And(), [ast.Constant(1)])), "eval")
attempt("short Compare", ast.Expression(ast.Compare(ast.Constant(1), [ast.Lt()], [])), "eval")
attempt("Name None", ast.Expression(ast.Name("None", L)), "eval")
attempt("list constant", ast.Expression(ast.Constant([1])), "eval")
attempt("return outside", ast.Module([ast.Return(ast.Constant(1))], []))
attempt("kw_defaults", ast.Module([ast.FunctionDef("f", ast.arguments([], [], None, [ast.arg("a")], [], None, []), [ast.Pass()], [], None)], []))
attempt("negative level", ast.Module([ast.ImportFrom("m", [ast.alias("x")], -1)], []))
attempt("raise cause only", ast.Module([ast.Raise(None, ast.Name("e", L))], []))

print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant((1, 2)))), "<e>", "eval")))
exec(compile(ast.fix_missing_locations(ast.Interactive([ast.Expr(ast.Constant(5))])), "<i>", "single"))

tree = ast.fix_missing_locations(ast.Module([ast.For(ast.Name("i", L), ast.List([], L), [ast.Pass()], [])], []))
compile(tree, "<ast>", "exec")
