# Bytes patterns, possessive quantifiers, atomic groups and lookarounds on CPython's re over _sre.
import re

# Bytes: a tiny HTTP header parser.
raw = b"GET /index.html HTTP/1.1\r\nHost: example.org\r\nContent-Length: 42\r\nX-Empty:\r\n\r\n"
request_line = re.match(rb"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<version>\d\.\d)\r\n", raw)
print(request_line.groupdict())
headers = dict(re.findall(rb"^([\w-]+):[ \t]*(.*?)\r$", raw, re.MULTILINE))
print(sorted(headers.items()))
print(re.sub(rb"\d+", lambda m: str(int(m.group()) * 2).encode(), b"len=21 count=4"))
print(re.split(rb"\s*;\s*", b"a; b ;c;;d"))
print(re.compile(rb"[\x00-\x1f]").findall(b"tab\there\nnew\x7fdel"))
print(re.search(rb"(?i)content-LENGTH: (\d+)", raw).group(1))

# Hex decoding in the stdlib goes through a bytes pattern.
import base64
print(base64.b16decode(b"48657272686F6E"), base64.b16decode(b"cafe", casefold=True))
try:
    base64.b16decode(b"XYZ0")
except Exception as e:
    print(type(e).__name__, e)

# Possessive quantifiers and atomic groups never give back what they took.
for pattern in [r"a*ab", r"a*+ab", r"(?>a*)ab", r"(?:a|ab)c", r"(?>a|ab)c", r"\d++\.", r"[^,]*+,x"]:
    print(pattern.ljust(12), bool(re.match(pattern, "aaab")), bool(re.match(pattern, "abc")),
          bool(re.match(pattern, "123.")), bool(re.match(pattern, "a,b,x")))
print(re.findall(r"\w++(?=!)", "hey! you there!"))
print(re.fullmatch(r"(?:ab)++c", "ababc"), re.fullmatch(r"(?:ab)*+ab", "abab"))
print(re.match(r"x{2,3}+", "xxxxx"), re.match(r"(?:x|y){1,2}+z", "xyz"), re.match(r"(?:x|y){1,2}+y", "xy"))

# Lookbehind, negative lookahead/lookbehind.
prices = "apple $3, pear 4 EUR, plum $12.50, fig $ 7"
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", prices))
print(re.findall(r"(?<!\$)\b\d+\b(?! EUR)", "10 EUR, $20, 30"))
print(re.sub(r"(?<=\d)(?=(?:\d{3})+(?!\d))", ",", "1234567 and 89 and 1000"))
print([m.span() for m in re.finditer(r"(?<=[aeiou])[^aeiou\s]", "banana split")])
