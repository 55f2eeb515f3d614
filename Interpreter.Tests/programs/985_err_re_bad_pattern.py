# conformance: full-stderr
# Bad patterns raise re.error from CPython's own parser, with the message, position, line and column.
import re

for bad in ["a(b", "a)b", "[z-a]", "*x", "x{3,2}", r"(?P<1>x)", r"(?P<n>a)(?P<n>b)", r"\k", "(?<=a+)b",
            r"(?P=missing)", "a**", "(?z)", r"\8", "[a", "(?#unterminated"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(f"{bad!r:22} {e.msg!r:45} pos={e.pos} line={e.lineno} col={e.colno}")

try:
    re.compile("ab\n(cd\nef", re.VERBOSE)
except re.error as e:
    print(e)

for call in [lambda: re.sub("a", r"\2", "abc"), lambda: re.sub("(a)", r"\g<x>", "abc"),
             lambda: re.compile("(a)").match("a").group(2), lambda: re.match("x", 5),
             lambda: re.match(b"x", "x"), lambda: re.match("x", b"x"), lambda: re.compile("a", re.I).sub("b", "a", flags=1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

re.compile(r"(?P<year>\d{4}-(?P<month>\d\d)")
