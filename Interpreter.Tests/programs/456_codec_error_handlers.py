# Codec error handlers: the builtin ones, registered ones, and the exceptions they receive.
import codecs

text = "Zoé ☃ 🐍!"
for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    print(f"{errors:18} {text.encode('ascii', errors)!r}")
try:
    text.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, "|", e, "|", e.encoding, e.start, e.end, e.reason, repr(e.object[e.start:e.end]))
try:
    "naïve".encode("latin-1") + "☃".encode("latin-1")
except UnicodeEncodeError as e:
    print(e)

data = b"caf\xe9 \xff\xfe ok"
for errors in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
    print(f"{errors:16} {data.decode('utf-8', errors)!r}")
try:
    data.decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, "|", e, "|", e.encoding, e.start, e.end, e.reason, e.object[e.start:e.end])
for bad in [b"\x80abc", b"ab\xc3", b"\xe2\x28\xa1", b"\xf0\x90\x80", b"\xed\xa0\x80"]:
    try:
        bad.decode("utf-8")
    except UnicodeDecodeError as e:
        print(bad, "->", e)

# surrogateescape round-trips arbitrary bytes through str.
raw = bytes(range(0x7c, 0x84))
s = raw.decode("utf-8", "surrogateescape")
print(ascii(s), s.encode("utf-8", "surrogateescape") == raw)
# surrogatepass lets lone surrogates through UTF-8 and UTF-16.
lone = "a\ud800b"
print(lone.encode("utf-8", "surrogatepass"), lone.encode("utf-16-le", "surrogatepass"))
print(ascii(b"a\xed\xa0\x80b".decode("utf-8", "surrogatepass")))
try:
    lone.encode("utf-8")
except UnicodeEncodeError as e:
    print(e)


# A handler of our own: replace each bad character with its code point in braces.
def braces(exc):
    if isinstance(exc, UnicodeEncodeError):
        bad = exc.object[exc.start:exc.end]
        return "".join("{%X}" % ord(c) for c in bad), exc.end
    if isinstance(exc, UnicodeDecodeError):
        bad = exc.object[exc.start:exc.end]
        return "".join("<%02x>" % b for b in bad), exc.end
    raise exc


codecs.register_error("braces", braces)
print(codecs.lookup_error("braces") is braces)
print("Zoë ☃".encode("ascii", "braces"), b"a\xffb\xfe".decode("ascii", "braces"))
print("x€y".encode("cp437", "braces"), b"\x81".decode("cp1252", "braces"))


def skip_two(exc):
    return "", exc.start + 2


codecs.register_error("skip2", skip_two)
print("a☃bcd".encode("ascii", "skip2"))

print(codecs.lookup_error("strict").__name__, codecs.lookup_error("replace").__name__)
try:
    codecs.lookup_error("nonexistent")
except LookupError as e:
    print("LookupError:", e)
try:
    "é".encode("ascii", "nonexistent")
except LookupError as e:
    print("LookupError:", e)

handler = codecs.lookup_error("xmlcharrefreplace")
exc = UnicodeEncodeError("ascii", "a☃b", 1, 2, "ordinal not in range(128)")
print(handler(exc), codecs.lookup_error("ignore")(exc), codecs.lookup_error("backslashreplace")(exc))
