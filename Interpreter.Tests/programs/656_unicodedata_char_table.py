# A character inspector: names, categories and numeric values in a table, column alignment with
# east_asian_width, and \N{...} escapes.
import unicodedata

print("Unicode", unicodedata.unidata_version)
sample = "A\u00e9\u00df\u01c5\u0301\u0664\u00bd\u2167\u4e07\uac00\u20ac \u200b\u2028\U0001F40D\U0001D54F\u0000"
print(f"{'cp':>8}  {'cat':3} {'bidi':4} {'ccc':>3} {'eaw':3} {'mir':3} {'dec':>3} {'dig':>3} {'num':>7}  name")
for ch in sample:
    print(f"U+{ord(ch):06X}  {unicodedata.category(ch):3} {unicodedata.bidirectional(ch):4} "
          f"{unicodedata.combining(ch):>3} {unicodedata.east_asian_width(ch):3} {unicodedata.mirrored(ch):>3} "
          f"{unicodedata.decimal(ch, '-'):>3} {unicodedata.digit(ch, '-'):>3} {unicodedata.numeric(ch, '-'):>7}  "
          f"{unicodedata.name(ch, '<no name>')}")

print()
print("decompositions:")
for ch in "\u00e9\u00bd\ufb01\u2460\u01c4\uff21\u1e9b\uac00":
    print(f"  {ch} U+{ord(ch):04X} {unicodedata.decomposition(ch)!r}")

print()
# Display width: wide (W) and fullwidth (F) characters take two terminal columns.
def width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in text)

def ljust(text, n):
    return text + " " * (n - width(text))

rows = [("Tokyo", "東京", "日本"), ("Seoul", "서울", "대한민국"), ("Paris", "Paris", "France"),
        ("Zürich", "Zu\u0308rich", "Schweiz"), ("Full", "ＦＵＬＬ", "ｗｉｄｔｈ")]
for row in rows:
    print("|" + "|".join(ljust(col, 10) for col in row) + "|", [width(c) for c in row])

print()
print("lookup and \\N escapes:")
for name in ["SNOWMAN", "GREEK SMALL LETTER LAMDA", "greek small letter lambda", "HANGUL SYLLABLE HAN",
             "CJK UNIFIED IDEOGRAPH-6F22", "LATIN CAPITAL LETTER GHA", "BYTE ORDER MARK",
             "KEYCAP NUMBER SIGN", "NO SUCH CHARACTER"]:
    try:
        found = unicodedata.lookup(name)
        print(f"  {name!r:32} -> {ascii(found)} {[unicodedata.name(c, '?') for c in found]}")
    except KeyError as e:
        print(f"  {name!r:32} -> KeyError {e}")

print("\N{BLACK STAR} \N{EM DASH} \N{LATIN SMALL LETTER SHARP S} \N{CJK UNIFIED IDEOGRAPH-4E2D}\N{CJK UNIFIED IDEOGRAPH-6587}",
      ascii("\N{NBSP}\N{ZWJ}\N{DEL}\N{LINE FEED}"), len("\N{SNAKE}"))
print(rb"\N{DEGREE SIGN}\N{HANGUL SYLLABLE GAG}".decode("unicode_escape"), f"{'x'}\N{RIGHTWARDS ARROW}{'y'}")
print("pi \u2248 3.14".encode("ascii", "namereplace"))

# The character classes str's methods report come from the same database.
for s in ["Straße", "ǅemal", "ΣΊΣΥΦΟΣ", "٣٤٥", "½", "一二三", "x²", "变量名", "π_2", "2abc", "tab\there", "\u00a0", "\U0001F600"]:
    print(f"  {s!r:14} alpha={s.isalpha():d} dec={s.isdecimal():d} dig={s.isdigit():d} num={s.isnumeric():d} "
          f"ident={s.isidentifier():d} print={s.isprintable():d} lower={s.islower():d} upper={s.isupper():d} title={s.istitle():d}")

print()
# ucd_3_2_0 is the database as of Unicode 3.2, which IDNA (encodings.idna) is defined against.
old = unicodedata.ucd_3_2_0
print(old.unidata_version, old.category("\u0221"), unicodedata.category("\u0221"), old.name("\u00e9"))
print("bücher.example".encode("idna"), b"xn--mnchen-3ya.de".decode("idna"))
