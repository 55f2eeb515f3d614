# tokenize: tokenising a source string, a simple identifier counter, untokenize round trip, errors.
import io
import keyword
import token
import tokenize
from collections import Counter

SOURCE = '''def greet(name: str = "world") -> str:
    # say hello
    msg = f"Hello, {name}!"  # inline
    return msg * 2 if len(name) > 3 else msg

values = [1, 2.5, 0x1F, 1_000, 3j]
print(greet(), values[-1], ...)
'''

tokens = list(tokenize.generate_tokens(io.StringIO(SOURCE).readline))
for tok in tokens[:16]:
    print(f"{tok.start[0]}:{tok.start[1]:<3} {tokenize.tok_name[tok.type]:10} {tok.string!r}")
print(len(tokens), tokenize.tok_name[tokens[-1].type])

kinds = Counter(tokenize.tok_name[t.type] for t in tokens)
print(sorted(kinds.items()))
names = Counter(t.string for t in tokens if t.type == token.NAME and not keyword.iskeyword(t.string))
print(names.most_common(3))
print([t.string for t in tokens if t.type == tokenize.COMMENT])
print([t.string for t in tokens if t.type == token.NUMBER])
print([tok.exact_type == token.RARROW for tok in tokens if tok.string == "->"])
ops = [token.tok_name[t.exact_type] for t in tokens if t.type == token.OP][:8]
print(ops)

round_trip = tokenize.untokenize(tokens)
print(round_trip == SOURCE)
pairs = tokenize.untokenize((t.type, t.string) for t in tokens)
print(pairs.split("\n")[0])

btoks = list(tokenize.tokenize(io.BytesIO(b"x = 'caf\xc3\xa9'\n").readline))
print(btoks[0].type == tokenize.ENCODING, btoks[0].string, [t.string for t in btoks[1:4]])
print(tokenize.detect_encoding(io.BytesIO(b"# -*- coding: latin-1 -*-\nx = 1\n").readline))

def rename(src, old, new):
    out = []
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        if t.type == token.NAME and t.string == old:
            t = t._replace(string=new)
        out.append(t)
    return tokenize.untokenize(out)
print(rename("total = total + x  # total\n", "total", "acc"), end="")

try:
    list(tokenize.generate_tokens(io.StringIO("x = (1,\n").readline))
except tokenize.TokenError as e:
    print("TokenError:", e.args)
try:
    list(tokenize.generate_tokens(io.StringIO("if x:\n    a\n  b\n").readline))
except IndentationError as e:
    print("IndentationError:", e.msg, e.lineno)
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(token.NT_OFFSET + 1), token.EXACT_TOKEN_TYPES["**="] == token.DOUBLESTAREQUAL)
