# Text files written and read back in several encodings; the bytes on disk show what each codec did.
import os

base = os.path.join(os.getcwd(), "t450_")
samples = {
    "utf-8": "naïve café — 10 €\n",
    "latin-1": "Grüße aus Köln\n",
    "cp1252": "“smart quotes” cost 5 €\n",
    "utf-16": "Ω and ∑\n",
    "ascii": "plain old text\n",
}

names = []
for enc, text in samples.items():
    name = base + enc + ".txt"
    names.append(name)
    with open(name, "w", encoding=enc) as f:
        written = f.write(text)
        print(f"{enc:8} wrote {written} chars, tell={f.tell()}")
    with open(name, "rb") as f:
        raw = f.read()
    print(f"{enc:8} {len(raw):2} bytes: {raw[:12]!r}")
    with open(name, encoding=enc) as f:
        back = f.read()
    print(f"{enc:8} round trip ok: {back == text}")

# Reading with the wrong encoding: strict fails, other handlers cope.
name = base + "utf-8.txt"
try:
    with open(name, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print("ascii read:", e)
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    with open(name, encoding="ascii", errors=errors) as f:
        text = f.read()
    print(f"{errors:16} {text!r}")

# Writing characters the encoding lacks.
name = base + "out.txt"
for errors in ["replace", "xmlcharrefreplace", "backslashreplace", "ignore"]:
    with open(name, "w", encoding="latin-1", errors=errors) as f:
        f.write("price: 5 € (ok)\n")
    with open(name, "rb") as f:
        print(f"{errors:17} {f.read()!r}")
try:
    with open(name, "w", encoding="latin-1") as f:
        f.write("5 €")
except UnicodeEncodeError as e:
    print("strict write:", e.reason, e.start, e.end)

# The file object reports its configuration.
with open(name, "w", encoding="cp1252", errors="replace") as f:
    print(f.name == name, f.mode, f.encoding, f.errors, f.line_buffering)
    print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)

for n in names + [name]:
    os.remove(n)
print(sorted(n for n in os.listdir(os.getcwd()) if n.startswith("t450_")))
