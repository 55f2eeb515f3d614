# The utf-7 codec (RFC 2152, as CPython's): direct and shifted characters, '+-', surrogate pairs and lone
# surrogates, every decoding error with strict/replace/ignore/backslashreplace, incremental decoding.
import codecs
def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
for s in ["Hi Mom -\u263a-!", "A\u2262\u0391.", "\u65e5\u672c\u8a9e", "Item 3 is \u00a31.", "+", "a+b", "~\\", "\U0001f600x", "\ud800", "\udc00a", "a-b", "\u00e9-", "\u00e91", "\x00", "x\ty\r\n", "\u20ac/"]:
    e = s.encode("utf-7")
    print(repr(s), e, e.decode("utf-7") == s)
for b in [b"+AGEAYgBj-", b"+AGEAYgBj", b"+AGE", b"+AG", b"+A", b"+", b"+-", b"a+-b", b"+2D3cAA-", b"+2D3cAA", b"+2D0-", b"+\xff", b"\xff", b"+AGEA!", b"+AGE-x", b"+ZeVnLIqe-", b"+AGEAYgBj."]:
    for err in ("strict", "replace", "ignore", "backslashreplace"):
        t(repr(b) + " " + err, lambda: b.decode("utf-7", err))
for b in [b"+AGEAYgBj", b"+AG", b"a+", b"+2D3cAA", b"ab+AGE"]:
    t("partial " + repr(b), lambda: codecs.utf_7_decode(b, "strict", False))
    t("final " + repr(b), lambda: codecs.utf_7_decode(b, "strict", True))
dec = codecs.getincrementaldecoder("utf-7")()
print([dec.decode(bytes([c])) for c in b"a+ZeVnLIqe-b"], dec.decode(b"", True))
print(codecs.utf_7_encode("\u263a"), codecs.utf_7_decode(b"+Jjo-"))
