import re
text = "Contact: alice@example.com, bob.smith@mail.org; phone 555-1234 or (555) 987-6543."
print(re.findall(r"[\w.]+@[\w.]+\w", text))
print(re.findall(r"(\w+)@(\w+)", text))
m = re.search(r"(?P<user>[\w.]+)@(?P<host>[\w.]+\w)", text)
print(m.group(), m.group(1), m.group("host"), m.groups(), m.groupdict(), m.span(), m.start("host"), m.end(2))
print(re.match(r"\d+", "abc123"), re.match(r"[A-Z]\w+", text).group(), bool(re.fullmatch(r"\d{3}-\d{4}", "555-1234")))
print(re.sub(r"\d", "#", text))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", text))
print(re.sub(r"(?P<a>\d+)-(?P<b>\d+)", r"\g<b>-\g<a>", text))
print(re.sub(r"\d+", lambda mm: str(int(mm.group()) * 2), "a1 b22 c333"), re.subn(r"o", "0", "foo boo"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(\d)", "a1b2c"), re.split(r"\s+", "  lead and trail  "), re.split(",", "a,b,c", maxsplit=1))
print([mm.span() for mm in re.finditer(r"\b\w{5}\b", "hello there world, short words")])
pat = re.compile(r"^(\w+):\s*(.*)$", re.MULTILINE)
headers = "Host: example.com\nAccept: */*\nX-Num: 42"
print(pat.findall(headers), pat.pattern, pat.groups, pat.groupindex)
print(re.findall(r"a.c", "abc a\nc", re.DOTALL), re.findall(r"A.C", "abc", re.IGNORECASE), re.findall(r"a.c", "abc a\nc"))
verbose = re.compile(r"""
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
""", re.VERBOSE)
print(verbose.findall("555-1234 555.9876 5551111"))
print(re.escape("a.b*c?"), re.findall(r"(a)(b)?", "ab a"), re.search(r"(?<=\$)\d+", "cost $42").group())
print(re.search(r"(\w)\1", "hello").group(), re.sub(r"(?i)HELLO", "bye", "Hello hello"), re.findall(r"x*", "axb"))
print(re.compile(r"\d+").search("ab 12 cd", 4), re.compile(r"\w+").match("hello world", 6).group())
m = re.match(r"(a)|(b)", "b")
print(m.groups(), m.groups("-"), m.lastindex, m[0], m[2])
