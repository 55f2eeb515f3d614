# A small linter built on ast.NodeVisitor: names, calls, and a few style checks with line numbers.
import ast

source = '''
import os
import sys
from collections import defaultdict

def load(path, cache={}):
    if path in cache:
        return cache[path]
    try:
        data = open(path).read()
    except:
        data = ""
    cache[path] = data
    return data

def report(items):
    counts = defaultdict(int)
    for item in items:
        counts[item] += 1
    print(len(counts), sorted(counts))
    l = list(counts)
    return l

class Config:
    def get(self, key):
        return os.environ.get(key) == None
'''


class Linter(ast.NodeVisitor):
    def __init__(self):
        self.problems = []
        self.calls = {}
        self.loaded = set()
        self.imported = {}
        self.scopes = []

    def warn(self, node, msg):
        self.problems.append((node.lineno, node.col_offset, msg))

    def visit_Import(self, node):
        for alias in node.names:
            self.imported[alias.asname or alias.name] = node.lineno

    def visit_ImportFrom(self, node):
        for alias in node.names:
            self.imported[alias.asname or alias.name] = node.lineno

    def visit_FunctionDef(self, node):
        for default in node.args.defaults:
            if isinstance(default, (ast.List, ast.Dict, ast.Set)):
                self.warn(default, f"mutable default argument in {node.name}()")
        self.scopes.append(node.name)
        self.generic_visit(node)
        self.scopes.pop()

    def visit_ExceptHandler(self, node):
        if node.type is None:
            self.warn(node, "bare 'except:'")
        self.generic_visit(node)

    def visit_Compare(self, node):
        for op, right in zip(node.ops, node.comparators):
            if isinstance(op, (ast.Eq, ast.NotEq)) and isinstance(right, ast.Constant) and right.value is None:
                self.warn(node, "comparison to None should use 'is'")
        self.generic_visit(node)

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load):
            self.loaded.add(node.id)
        elif isinstance(node.ctx, ast.Store) and node.id in ("l", "O", "I"):
            self.warn(node, f"ambiguous variable name {node.id!r}")

    def visit_Call(self, node):
        name = ast.unparse(node.func)
        where = self.scopes[-1] if self.scopes else "<module>"
        self.calls.setdefault(name, []).append((node.lineno, where))
        self.generic_visit(node)

    def finish(self):
        for name, line in self.imported.items():
            if name not in self.loaded:
                self.problems.append((line, 0, f"{name!r} imported but unused"))
        self.problems.sort()


linter = Linter()
linter.visit(ast.parse(source, "example.py"))
linter.finish()
for line, col, msg in linter.problems:
    print(f"example.py:{line}:{col}: {msg}")
print()
for name in sorted(linter.calls):
    sites = ", ".join(f"{where}@{line}" for line, where in linter.calls[name])
    print(f"{name:20} {len(linter.calls[name])}x  {sites}")


class Counter(ast.NodeVisitor):
    """generic_visit counts every node type; subclass of a subclass still dispatches."""
    def __init__(self):
        self.n = 0

    def generic_visit(self, node):
        self.n += 1
        super().generic_visit(node)


class FunctionCounter(Counter):
    def visit_FunctionDef(self, node):
        print("function", node.name, "args:", [a.arg for a in node.args.args])
        self.generic_visit(node)


fc = FunctionCounter()
fc.visit(ast.parse(source))
print("nodes:", fc.n)
