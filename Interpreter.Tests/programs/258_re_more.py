# re: groups, named groups, finditer, sub with functions, split, flags, lookarounds, greedy vs lazy
import re
log = """2024-01-05 ERROR disk full on /dev/sda1
2024-01-06 INFO started worker=3
2024-01-06 WARN slow request id=17 ms=1200
2024-02-10 ERROR timeout id=99"""
pat = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<level>[A-Z]+) (?P<msg>.*)$", re.M)
for m in pat.finditer(log):
    print(m.group("date"), m["level"], m.group(3)[:12], m.span("level"), m.start(), m.groupdict()["level"])
print(pat.findall(log)[0], len(pat.findall(log)))
print(re.findall(r"(\w+)=(\d+)", log), re.findall(r"id=(\d+)", log))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"), re.sub(r"(\w)(\w*)", r"\2\1ay", "hello world"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>:\g<k>", "a=1 b=2"), re.subn(r"o", "0", "foo boo"), re.sub("x", "y", "xxx", count=2))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(\d)", "a1b2c"), re.split(r"\s+", "  lead trail  "), re.split(",", "a,b,c", maxsplit=1))
print(re.match(r"\d+", "123abc").group(), re.match(r"\d+", "abc"), re.search(r"\d+", "abc123def456").group(), re.fullmatch(r"[a-z]+", "abc") is not None)
print(re.findall(r"<.+>", "<a><b>"), re.findall(r"<.+?>", "<a><b>"), re.findall(r"a{2,3}", "aaaaaaa"), re.findall(r"a{2,3}?", "aaaaa"))
print(re.findall(r"\b\w+(?=ing\b)", "singing ringing bring"), re.findall(r"(?<=\$)\d+", "cost $45 and $7"), re.findall(r"\d+(?!px)", "12px 34em"))
print(re.findall(r"(?i)hello", "Hello HELLO hello"), re.findall(r"^\w", "a\nb\nc", re.M), re.findall(r"a.c", "a\nc abc", re.S))
print(re.compile(r"""
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
""", re.X).findall("555-1234 555 9876"))
m = re.search(r"(a)(b)?(c)", "ac")
print(m.groups(), m.groups("-"), m.group(0, 1, 3), m.lastindex, m.re.pattern, m.string, m.pos, m.endpos)
print(re.escape("a.b*c?"), re.findall(r"[^\W\d_]+", "abc_123 déf"), re.findall(r"\s", "a b\tc\nd"))
print(bool(re.match(r"(\w+) \1", "hey hey")), re.sub(r"(\w+) \1", r"\1", "the the cat cat"))
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e.msg, e.pos)
words = re.findall(r"[a-z']+", "It's a truth universally acknowledged, that a single man".lower())
print(words, max(words, key=len))
tokens = re.findall(r"\d+\.\d+|\d+|[-+*/()]", "3.5 * (2 + 14) / 7")
print(tokens)
print([m.group() for m in re.finditer(r"\w+", "one two  three")], re.sub(r"\s+", " ", "a   b \n c").strip())
print(re.match(r"(?P<x>a)|(?P<y>b)", "b").groupdict(), re.match(r"(?:ab)+", "ababx").group(), re.purge() is None)
