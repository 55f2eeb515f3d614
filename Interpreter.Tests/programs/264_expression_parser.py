# Recursive-descent parser with tokenizer, AST, pretty printer, evaluator and error positions
import re
TOKEN = re.compile(r"\s*(?:(\d+\.\d*|\.\d+|\d+)|([A-Za-z_]\w*)|(\*\*|[-+*/%^(),=]))")
class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at {pos}")
        self.pos = pos
def tokenize(s):
    pos, out = 0, []
    s = s.rstrip()
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m:
            raise ParseError(f"bad character {s[pos]!r}", pos)
        num, name, op = m.groups()
        start = m.start(m.lastindex)
        out.append(("num", float(num) if "." in num else int(num), start) if num else ("name", name, start) if name else ("op", op, start))
        pos = m.end()
    out.append(("end", None, len(s)))
    return out
class Parser:
    def __init__(self, text):
        self.toks, self.i = tokenize(text), 0
    def peek(self):
        return self.toks[self.i]
    def take(self, kind=None, value=None):
        t = self.peek()
        if (kind and t[0] != kind) or (value and t[1] != value):
            raise ParseError(f"expected {value or kind}, got {t[1] if t[1] is not None else 'end'}", t[2])
        self.i += 1
        return t
    def parse(self):
        node = self.statement()
        self.take("end")
        return node
    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.i + 1][1] == "=":
            name = self.take("name")[1]
            self.take("op", "=")
            return ("assign", name, self.expr())
        return self.expr()
    def expr(self):
        node = self.term()
        while self.peek()[1] in ("+", "-"):
            node = (self.take()[1], node, self.term())
        return node
    def term(self):
        node = self.unary()
        while self.peek()[1] in ("*", "/", "%"):
            node = (self.take()[1], node, self.unary())
        return node
    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return ("neg", self.unary())
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek()[1] in ("**", "^"):
            self.take()
            return ("**", base, self.unary())
        return base
    def atom(self):
        t = self.peek()
        if t[0] == "num":
            self.take()
            return ("num", t[1])
        if t[0] == "name":
            self.take()
            if self.peek()[1] == "(":
                self.take()
                args = []
                if self.peek()[1] != ")":
                    args.append(self.expr())
                    while self.peek()[1] == ",":
                        self.take()
                        args.append(self.expr())
                self.take("op", ")")
                return ("call", t[1], args)
            return ("var", t[1])
        if t[1] == "(":
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise ParseError(f"unexpected {t[1] if t[1] is not None else 'end'}", t[2])
FUNCS = {"max": max, "min": min, "abs": abs, "sqrt": lambda x: x ** 0.5}
def evaluate(node, env):
    kind = node[0]
    if kind == "num": return node[1]
    if kind == "var":
        if node[1] not in env: raise NameError(f"undefined variable {node[1]}")
        return env[node[1]]
    if kind == "neg": return -evaluate(node[1], env)
    if kind == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if kind == "call": return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    return {"+": a + b, "-": a - b, "*": a * b, "**": a ** b if kind == "**" else 0}.get(kind) if kind in "+-*" or kind == "**" else (a / b if kind == "/" else a % b)
def show(node):
    kind = node[0]
    if kind == "num": return repr(node[1])
    if kind == "var": return node[1]
    if kind == "neg": return f"(-{show(node[1])})"
    if kind == "assign": return f"{node[1]} := {show(node[2])}"
    if kind == "call": return f"{node[1]}({', '.join(map(show, node[2]))})"
    return f"({show(node[1])} {kind} {show(node[2])})"
env = {}
for src in ["x = 3", "y = x * 2 + 1", "2 ** 3 ** 2", "-2 ** 2", "(1 + 2) * (3 + 4) / 2", "max(x, y, 10) - min(4, abs(-9))",
            "sqrt(16) + 0.5", "10 % 4 + 7 / 2", "z = (x + y) * -1", "x + y * z"]:
    tree = Parser(src).parse()
    print(f"{src:<32} {show(tree):<44} = {evaluate(tree, env)}")
print(sorted(env.items()))
for bad in ["1 +", "(2 * 3", "4 $ 5", "max(1,", "3 4", "q + 1", ")"]:
    try:
        print(evaluate(Parser(bad).parse(), env))
    except ParseError as e:
        print(f"{bad!r}: ParseError: {e} (pos {e.pos})")
    except NameError as e:
        print(f"{bad!r}: NameError: {e}")
