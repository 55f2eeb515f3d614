# Named groups, backreferences, templates, callables, split with groups and finditer positions.
import re

date = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)")
m = date.search("released on 2023-07-14, patched 2023-08-01")
print(m, m.group("year"), m["month"], m.group(0, "day"), m.span("day"), m.start(2), m.end())
print(m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m.pos, m.endpos, m.re is date, m.regs)
print(date.groupindex["day"], date.groups, date.pattern, date.flags)
print(m.expand(r"\g<day>/\g<month>/\g<year> (\1)"))
print(date.sub(r"\3.\2.\1", "from 2020-01-02 to 2021-12-31"))
print(date.sub(r"\g<day>.\g<month>.\g<year>", "2020-01-02", count=1))
print(date.subn(lambda m: m["year"][2:], "2020-01-02 2021-12-31 none"))

# Backreferences: doubled words, quoted strings, balanced tags.
print(re.findall(r"\b(\w+)\s+\1\b", "this is is a test test of the the code", re.IGNORECASE))
print(re.findall(r"""(["'])(.*?)\1""", """say "hi" and 'bye' or "it's" """))
print(re.sub(r"<(?P<tag>\w+)>(.*?)</(?P=tag)>", r"[\g<tag>:\2]", "<b>bold</b> <i>it</i> <b>x</i>"))
print(re.match(r"(a)?(?(1)b|c)", "ab").group(), re.match(r"(a)?(?(1)b|c)", "c").group())

# split keeps captured separators; unmatched groups give None.
print(re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r"\s*([+\-*/])\s*", "3 + 4*2 - 1"))
print(re.split(r"\b", "hi there"), re.split(r"x*", "axbc"), re.split(r"(?=[A-Z])", "splitCamelCase"))
print(re.split(r",", "a,b,c,d", maxsplit=2))

# finditer positions, including empty matches.
for m in re.finditer(r"\d*", "a12b3"):
    print(m.span(), repr(m.group()))
print([(m.start(), m.group()) for m in re.finditer(r"[A-Z][a-z]+", "Hello World From Python")])
scanner = re.compile(r"\s*(?:(\d+)|(\w+)|(.))").scanner("x = 42 + y")
while (m := scanner.match()) is not None:
    print(m.lastindex, m.group(m.lastindex))

# Flags and pattern objects.
p = re.compile(r"""
    ^(\w+)      # key
    \s*=\s*
    (.*)$       # value
""", re.VERBOSE | re.MULTILINE)
print(p.findall("a = 1\nbee=two\n  bad\nc= 3 "))
print(repr(re.compile("a+", re.IGNORECASE)), repr(re.compile(b"x", re.I | re.S)), repr(re.compile("a", re.A)))
print(re.I | re.M, re.compile("A", re.I).match("a"), re.compile("x") == re.compile("x"), re.compile("x") == re.compile("x", re.I))
print(re.match(r"(?i:AB)c", "abc"), re.match(r"(?i:AB)c", "abC"), re.search(r"\AStart", "Start end"), re.search(r"end\Z", "the end\n"))
print(re.escape("1+1=2? (yes) [a-z]"), re.findall(re.escape("a.b"), "a.b axb"))
print(re.purge())
import copy
print(copy.copy(date) is date, copy.deepcopy(m) is m)

# re.Scanner: a lexicon of patterns with actions, built on Pattern.scanner and Match.lastindex.
lexer = re.Scanner([
    (r"[a-zA-Z_]\w*", lambda s, t: ("ID", t)),
    (r"\d+\.\d*", lambda s, t: ("FLOAT", float(t))),
    (r"\d+", lambda s, t: ("INT", int(t))),
    (r"[=+*/-]", lambda s, t: ("OP", t)),
    (r"\s+", None),
])
print(lexer.scan("x = 3.5 * y1 + 42 ?rest"))
