# json's decoder and encoder over their speed-ups (_json.make_scanner, encode_basestring[_ascii]):
# values, hooks, number forms, escapes, astral characters and every error message and position.
import json
from decimal import Decimal
from collections import OrderedDict

docs = [
    '{"a": [1, 2.5, -3, 1e3, -0.0, 1E-2, 12345678901234567890123], "b": null, "c": true, "d": false}',
    '  [ ]  ', '{}', '{ }', '[[[]]]', '"plain"', '"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00"',
    '{"k": "v", "k": "w"}', '[NaN, Infinity, -Infinity]', '-0', '0.5e+2', '1.', '[1.e5]',
    '{"caf\u00e9": "\u65e5\u672c", "\U0001F600": ["\U0001F600", 1]}',
]
for d in docs:
    try:
        print(repr(d)[:50], "->", repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d)[:50], "-> error:", e.msg, e.pos, e.lineno, e.colno)

bad = ['', ' ', '[', '[1', '[1,', '[1,]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}',
       '{1: 2}', '{"a" 1}', '[1 2]', 'nul', 'tru', '-', '-x', '01', '[-]', '"abc', '"a\\x"',
       '"\\u12"', '"a\tb"', '[1]x', '{"a": [1, {"b": }]}', '\U0001F600', '["\U0001F600", ]', 'NaNa']
for d in bad:
    try:
        print(repr(d), "->", repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), "-> error:", e.msg, "at", e.pos, "line", e.lineno, "col", e.colno)
        print("   cause", e.__cause__, "suppressed", e.__suppress_context__)

print(json.loads('{"a": 1.5, "b": 2}', parse_float=Decimal, parse_int=lambda s: "int:" + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: "const:" + s))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1}', object_hook=lambda d: 1/0 if False else len(d)))
print(json.loads('"a\tb"', strict=False), json.loads('"\x01"', strict=False) == "\x01")
keys = json.loads('[{"name": 1}, {"name": 2}]')
print(keys[0].keys() == keys[1].keys())

dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'), dec.raw_decode('{"x": "y"}'))
scan = dec.scan_once
print(scan('  [1]', 2), scan('"abc"', 0))
for args in [('[1]', 5), ('xyz', 0), ('[1,', 0)]:
    try:
        print(scan(*args))
    except StopIteration as e:
        print("StopIteration", e.value)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e.msg, e.pos)
try:
    scan(b'[1]', 0)
except TypeError as e:
    print("TypeError", e)

from json import encoder
for s in ['plain', 'q"b\\s', 'ctl\x00\x07\x1f\x7f', 'caf\u00e9 \u65e5 \U0001F600', '\n\r\t\b\f', '']:
    print(encoder.encode_basestring_ascii(s), encoder.encode_basestring(s))
for f in (encoder.encode_basestring_ascii, encoder.encode_basestring):
    try:
        f(5)
    except TypeError as e:
        print("TypeError", e)

data = {"s": "\u00e9\"\\\n", "l": [1, 2.5, None, True, False, "x"], "n": {"deep": ["\U0001F600"]}}
for kw in [{}, {"ensure_ascii": False}, {"indent": 2}, {"indent": 1, "ensure_ascii": False, "sort_keys": True},
           {"separators": (",", ":")}]:
    text = json.dumps(data, **kw)
    print(text)
    assert json.loads(text) == data
print(json.dumps("\ud800"), json.loads('"\\ud800"') == "\ud800")
try:
    json.loads('[' * 100000 + ']' * 100000)
except RecursionError as e:
    print("RecursionError")
