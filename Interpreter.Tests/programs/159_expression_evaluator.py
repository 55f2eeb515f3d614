def parse(tokens):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else None
    def take():
        nonlocal pos
        t = tokens[pos]
        pos += 1
        return t
    def expr():
        v = term()
        while peek() in ("+", "-"):
            op = take()
            v = (op, v, term())
        return v
    def term():
        v = factor()
        while peek() in ("*", "/", "%"):
            op = take()
            v = (op, v, factor())
        return v
    def factor():
        t = take()
        if t == "(":
            v = expr()
            take()
            return v
        if t == "-":
            return ("neg", factor())
        return int(t)
    return expr()
def evaluate(node):
    if isinstance(node, int):
        return node
    if node[0] == "neg":
        return -evaluate(node[1])
    op, a, b = node
    a, b = evaluate(a), evaluate(b)
    return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else float("nan"), "%": a % b if b else 0}[op]
for src in ["1 + 2 * 3", "( 1 + 2 ) * 3", "- 4 + 10 / 4", "7 % 3 - - 2", "2 * ( 3 + ( 4 - 1 ) ) * 2"]:
    tree = parse(src.split())
    print(src, "=>", tree, "=", evaluate(tree))
