# codecs.open and the charmap codecs (cp1252, latin-1, cp437...): round trips and undefined bytes.
import codecs
import os

name = os.path.join(os.getcwd(), "t457_notes.txt")
lines = ["Crème brûlée — 4,50 €\n", "“Quoted” text…\n", "plain\n"]

with codecs.open(name, "w", encoding="cp1252") as f:
    print(type(f).__name__, f.encoding if hasattr(f, "encoding") else "?")
    for line in lines:
        f.write(line)
with open(name, "rb") as f:
    raw = f.read()
print(len(raw), raw[:24])
with codecs.open(name, "r", encoding="cp1252") as f:
    back = f.readlines()
print(back == lines, back[0])
with codecs.open(name, "r", encoding="cp1252") as f:
    print([line.rstrip() for line in f])
with open(name, encoding="latin-1") as f:
    print(repr(f.readline()))

# Every latin-1 byte decodes; every decoded char re-encodes to the same byte.
all_bytes = bytes(range(256))
text = all_bytes.decode("latin-1")
print(len(text), text.encode("latin-1") == all_bytes)

# cp1252 leaves five bytes undefined.
undefined = [b for b in range(256) if bytes([b]).decode("cp1252", "replace") == "\ufffd"]
print("cp1252 undefined:", [hex(b) for b in undefined])
try:
    b"ok\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print(e)
try:
    "Ā".encode("cp1252")
except UnicodeEncodeError as e:
    print(e)
print(b"\x80\x9c".decode("cp1252"), "€œ".encode("cp1252"))

# Mapping tables as charmap_decode/charmap_encode use them.
table = "abc\ufffe"
print(codecs.charmap_decode(b"\x00\x02\x01", "strict", table))
try:
    codecs.charmap_decode(b"\x03", "strict", table)
except UnicodeDecodeError as e:
    print(e)
enc_map = codecs.charmap_build("xyz")
print(sorted(enc_map.items()), codecs.charmap_encode("zyx", "strict", enc_map))
print(codecs.charmap_decode(b"\x01\x02", "strict", {1: "one", 2: 0x263A}))
print(codecs.charmap_encode("ab", "replace", {ord("a"): 65, ord("?"): 63}))

# The same text in several single-byte code pages.
for cp in ["cp437", "cp850", "cp1250", "cp1251", "iso8859_2", "koi8_r"]:
    sample = "Привет" if cp in ("cp1251", "koi8_r") else "Čau ñ"
    try:
        data = sample.encode(cp)
        print(f"{cp:9} {data!r} {data.decode(cp) == sample}")
    except UnicodeEncodeError as e:
        print(f"{cp:9} {e.reason} at {e.start}")

# StreamReaderWriter over an open binary file, as codecs.EncodedFile-style code does.
with open(name, "wb") as raw_file:
    writer = codecs.getwriter("utf-16-le")(raw_file)
    writer.write("hi ✓")
with open(name, "rb") as raw_file:
    print(raw_file.read())
    raw_file.seek(0)
    reader = codecs.getreader("utf-16-le")(raw_file)
    print(reader.read())
os.remove(name)
