# ast.unparse round trips: unparse(parse(src)) parses back to the same tree.
import ast

snippets = [
    "x = (a + b) * c ** -d",
    "f(*args, key=value, **kw)",
    "lambda x, /, y=1, *z, w, **k: x if y else w",
    "result = [i * j for i in range(3) for j in range(i) if i != j]",
    "d = {k: v for k, v in pairs if v is not None}",
    "s = f'{name!r:>{width}} and {value:.2f}'",
    "del a[1:2, ::3], b.c",
    "async def fetch(session):\n    async with session.get(url) as r:\n        async for chunk in r:\n            await handle(chunk)",
    "class Point(Base, metaclass=Meta):\n    x: int = 0\n    def __init__(self, *, x=0):\n        self.x = x",
    "try:\n    risky()\nexcept (KeyError, IndexError) as e:\n    log(e)\nelse:\n    ok()\nfinally:\n    done()",
    "while not done:\n    if a and (b or c):\n        break\n    continue",
    "match cmd:\n    case ['go', direction] if direction in dirs:\n        move(direction)\n    case {'x': x, **rest}:\n        pass\n    case Point(x=0, y=0) | None:\n        origin()\n    case _:\n        pass",
    "global counter\nimport os.path as osp\nfrom . import sibling\nfrom ..pkg import (a, b as c)",
    "with open(p) as f, lock:\n    data = yield from reader(f)",
    "assert x > 0, 'x must be positive'\nraise RuntimeError('bad') from None",
    "x = not a < b <= c is not d",
    "print(-(-1), +x, ~y, (yield))",
    "values = *head, tail = items",
    "n = (y := 10) + 1",
]
for src in snippets:
    tree = ast.parse(src)
    text = ast.unparse(tree)
    again = ast.parse(text)
    same = ast.dump(tree) == ast.dump(again)
    print(text)
    print("round trip:", same)
    print("-" * 20)
