# str case mappings CPython 3.11 gives: the Final_Sigma rule in lower/capitalize/title/swapcase
# (a capital sigma after a cased letter and before none, case-ignorable code points skipped),
# full (multi-char) upper/title mappings, astral letters, and casefold that ignores the rule.
tests = ['\u03a3\u039f\u03a3', '\u03a3', 'A\u03a3', 'A\u03a3b', "A\u03a3'", "A'\u03a3", 'A\u03a3.\u03a3',
         '\u03a3\u0391\u03a3 \u03a3\u0391\u03a3', '\u00dftra\u00dfe \ufb01ne', '\u01c6emal \u03a3',
         'a\u03a3\u0301', 'a\u03a3\u0301b', '\u0130stanbul \u03a3\u0391\u03a3', 'hello WORLD',
         '\u038c\u03a3\u039f\u03a3 \u03c3', '\U00010400\u03a3', '\u01c5\u03a3', '\u0149 \u0390',
         '', '\U00010400\U00010428x', '\U00010428\U00010400 abc', 'x\U00010400y', '\U0001d400\u03a3',
         '\ufb03 \u01c9', '1\u03a3', '\u02b0\u03a3', 'A\u00ad\u03a3', 'A\u03a3\u00ad', 'A\u03a3\u00adb',
         'A\u03a3\u0345', '\u03a3\u03a3\u03a3', 'ab\u03a3\u03a3']
for t in tests:
    print(ascii(t), ascii(t.lower()), ascii(t.upper()), ascii(t.casefold()))
    print('   ', ascii(t.capitalize()), ascii(t.title()), ascii(t.swapcase()))
# ASCII fast paths keep their results
for t in ['hello world', 'HELLO', 'mIxEd 123 CaSe', 'a', 'Z', '9abc', "they're bill's"]:
    print(t.lower(), t.upper(), t.capitalize(), t.title(), t.swapcase(), t.casefold())
# A str subclass gets plain str results
class S(str):
    pass
s = S('\u03a3\u039f\u03a3')
print(type(s.lower()).__name__, ascii(s.lower()), ascii(s.title()))
# the methods take no arguments
for m in ('lower', 'capitalize', 'title', 'swapcase'):
    try:
        getattr('x', m)(1)
    except TypeError as e:
        print(m, 'TypeError', e)
