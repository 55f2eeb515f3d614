# The codec registry: lookup and name normalisation, CodecInfo, a custom codec, incremental codecs.
import codecs

for name in ["utf-8", "UTF8", "utf_8", "Latin-1", "latin1", "iso-8859-1", "cp1252", "windows-1252", "U16", "ascii", "646"]:
    info = codecs.lookup(name)
    print(f"{name:13} -> {info.name}")

info = codecs.lookup("utf-8")
print(type(info).__name__, info.encode("héllo"), info.decode(b"h\xc3\xa9llo"))
print(codecs.encode("text", "utf-16-le"), codecs.decode(b"t\x00e\x00", "utf-16-le"))
print(codecs.encode("Hello", "rot13"), codecs.decode("Uryyb", "rot_13"))
print(codecs.getencoder("latin-1")("ÿes"), codecs.getdecoder("ascii")(b"ok"))

try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    "x".encode("rot13")
except LookupError as e:
    print("LookupError:", e)


# A search function adds a codec every str.encode / bytes.decode can use.
def reverse_encode(text, errors="strict"):
    return text[::-1].encode("ascii", errors), len(text)


def reverse_decode(data, errors="strict"):
    return bytes(data).decode("ascii", errors)[::-1], len(data)


def search(name):
    if name == "reverse":
        return codecs.CodecInfo(reverse_encode, reverse_decode, name="reverse")
    return None


codecs.register(search)
print(codecs.lookup("Reverse").name, "stressed".encode("reverse"), b"stinker".decode("reverse"))
print(codecs.encode("abc", "reverse"), codecs.decode(b"cba", encoding="reverse"))
codecs.unregister(search)
try:
    codecs.lookup("reverse")
except LookupError as e:
    print("after unregister:", e)

# Incremental decoders keep partial sequences between calls.
data = "naïve → 🐍 done".encode("utf-8")
dec = codecs.getincrementaldecoder("utf-8")()
pieces = [dec.decode(data[i:i + 3]) for i in range(0, len(data), 3)]
pieces.append(dec.decode(b"", final=True))
print(pieces, "".join(pieces) == data.decode())

dec = codecs.getincrementaldecoder("utf-8")()
dec.decode(b"\xe2\x82")
try:
    dec.decode(b"", final=True)
except UnicodeDecodeError as e:
    print("incomplete at end:", e.reason, e.start, e.end)

enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"), enc.encode("", final=True))
dec = codecs.getincrementaldecoder("utf-16")()
print([dec.decode(bytes([b])) for b in b"\xfe\xff\x00h\x00i"])

for enc_name in ["utf-8", "utf-16", "utf-16-be", "utf-32", "latin-1", "cp1252", "cp437", "iso8859-15", "mac-roman"]:
    raw = "Zoë €5".encode(enc_name, errors="replace")
    print(f"{enc_name:10} {raw!r} -> {raw.decode(enc_name)!r}")

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.utf_8_decode(b"ab\xc3", None, False))
print(b"\xef\xbb\xbfhi".decode("utf-8-sig"), "hi".encode("utf-8-sig"))
print(codecs.escape_decode(b"tab\\there\\x41")[0], codecs.escape_encode(b"a\nb'c")[0])
print("é\n\U0001f40d".encode("unicode_escape"), b"\\u00e9\\n".decode("unicode_escape"))
print("é\\n".encode("raw_unicode_escape"), b"\\u00e9\\n".decode("raw_unicode_escape"))
