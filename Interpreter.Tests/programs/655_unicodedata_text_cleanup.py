# Cleaning up user-entered text with unicodedata: normalization, accent stripping,
# slugs for URLs, and comparing names that were typed in different ways.
import unicodedata


def strip_accents(text):
    """Drop combining marks after canonical decomposition (é -> e, ñ -> n)."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slugify(title):
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    words = "".join(ch if ch.isalnum() else " " for ch in ascii_text.lower()).split()
    return "-".join(words)


def same_name(a, b):
    """Case- and normalization-insensitive comparison, as a login form would do it."""
    def key(s):
        return unicodedata.normalize("NFKC", s).casefold()
    return key(a) == key(b)


names = ["Zoë Saldaña", "François Mitterrand", "Dvořák", "Ångström", "Łódź", "Søren Kierkegaard",
         "Nguyễn Thị Minh Khai", "Crème Brûlée"]
for n in names:
    print(f"{n:24} -> {strip_accents(n)!r}")

print()
for title in ["Über die Ökonomie — Teil 2", "Ｆｕｌｌｗｉｄｔｈ ｔｉｔｌｅ №１", "Café ½ price ﬁnal offer!", "ＡＢＣ ① ② ③"]:
    print(f"{title!r:40} -> {slugify(title)}")

print()
composed = "caf\u00e9"
decomposed = "cafe\u0301"
print("look equal:", composed, decomposed, "| == :", composed == decomposed, "| lengths:", len(composed), len(decomposed))
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    a = unicodedata.normalize(form, composed)
    b = unicodedata.normalize(form, decomposed)
    print(f"  {form}: equal={a == b} len={len(a)} normalized-already={unicodedata.is_normalized(form, composed)}")
print("same_name:", same_name("STRASSE", "straße"), same_name("ﬁle", "FILE"), same_name("Zoe", "Zoë"))

# Hangul syllables compose and decompose algorithmically.
word = "한국어"
jamo = unicodedata.normalize("NFD", word)
print(word, len(word), "->", len(jamo), "jamo:", " ".join(f"U+{ord(c):04X}" for c in jamo))
print("recomposed:", unicodedata.normalize("NFC", jamo) == word)

# Normalization keeps combining marks in canonical order.
messy = "a\u0323\u0302"          # dot below, then circumflex
other = "a\u0302\u0323"          # circumflex, then dot below
print("canonical order:", unicodedata.normalize("NFC", messy) == unicodedata.normalize("NFC", other),
      ascii(unicodedata.normalize("NFC", other)), ascii(unicodedata.normalize("NFD", other)))
print("compatibility:", ascii(unicodedata.normalize("NFKC", "x² + ㎏ + ℌ + ﬀ + ¼")))
