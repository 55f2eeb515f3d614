# json.loads, scanstring and the scanner on text with characters beyond the BMP: results, the end
# indices (code points, as Python counts them) and the positions of every JSONDecodeError and
# StopIteration, which the scanner reports in code points although it scans UTF-16 text.
import json
from json import decoder, scanner

docs = ['{"a": "\U0001F600x", "b": [1, 2.5, "\U0001F601"], "\u00e9\U0001F600": null}',
        '["\U0001F600", "\\ud83d\\ude00", "\\ud83d", "a\\u00e9", "\\ud83dx"]',
        '"\U0001F600\\n"',
        '{"k\U0001F600": {"k\U0001F600": [true, false, null, -1.5e3, 12345678901234567890123]}}',
        '  [ "\U00010348" , 1 ]  ']
for d in docs:
    v = json.loads(d)
    print(ascii(v), [len(x) if isinstance(x, str) else x for x in (v if isinstance(v, list) else [v])][:3])
    start = d.index('"') + 1
    s, end = decoder.scanstring(d, start)
    print(ascii(s), end, ascii(d[end:end + 3]))

bad = ['{"\U0001F600": 1, "b" 2}', '["\U0001F600", x]', '["\U0001F600\x01"]', '"\U0001F600abc',
       '["\U0001F600", "\\q"]', '["\U0001F600", "\\u12"]', '["\U0001F600", "\\u12x4"]',
       '["\U0001F600", "\\ud83d\\u12x4"]', '{"\U0001F600": 1 "x": 2}', '[1, 2 3 \U0001F600]',
       '\U0001F600', '[\U0001F600]', '{"a":1}\U0001F600x', '  \U0001F600', '["\U0001F600", -]',
       '["\U0001F600", 1', '{"\U0001F600": 1,', '{"\U0001F600\U0001F600": 1, \U0001F600: 2}',
       '\n\n["\U0001F600",\n  \U0001F600]']
for b in bad:
    try:
        json.loads(b)
    except json.JSONDecodeError as e:
        print(ascii(b), e.msg, e.pos, e.lineno, e.colno)

dec = json.JSONDecoder()
s = '\U0001F600 [1, "\U0001F600"] x'
print(ascii(dec.raw_decode(s, 2)))
for i in (1, 30):
    try:
        dec.raw_decode(s, i)
    except json.JSONDecodeError as e:
        print("raw_decode", i, e)
sc = scanner.make_scanner(dec)
for i in (0, 1, 2, 3, 6, 17, 18, 19, 25):
    try:
        print(i, ascii(sc(s, i)))
    except StopIteration as e:
        print(i, "StopIteration", e.value)
try:
    sc(s, -1)
except ValueError as e:
    print("ValueError", e)
for e in (0, 1, 2, 3, 4, 40, -1):
    try:
        print(e, ascii(decoder.scanstring('\U0001F600"ab\U0001F600c"', e)))
    except (ValueError, json.JSONDecodeError) as ex:
        print(e, type(ex).__name__, ex)

# round trips through every encoder mode
words = ["emoji \U0001F600", "\U00010348\u00e9\n\"", "\ud800 lone", "plain"]
for kw in ({}, {"ensure_ascii": False}, {"indent": 1}, {"ensure_ascii": False, "indent": "\t", "sort_keys": True}):
    text = json.dumps({"w": words, "n": {w: i for i, w in enumerate(words)}}, **kw)
    back = json.loads(text)
    print(len(text), back["w"] == words, ascii(sorted(back["n"].items())))
