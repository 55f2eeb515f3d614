# json both ways on text edges: astral characters, lone surrogates, control characters, NaN and
# Infinity, sort_keys, indent, separators, ensure_ascii, and the errors with python3.11's messages.
import json


def both(label, obj, **kw):
    try:
        s = json.dumps(obj, **kw)
    except (TypeError, ValueError) as e:
        print(label, 'dumps', type(e).__name__, e)
        return
    print(label, ascii(s))
    try:
        back = json.loads(s)
    except (TypeError, ValueError) as e:
        print(label, 'loads', type(e).__name__, e)
        return
    print('  back', ascii(back), back == obj if obj == obj else 'nan')


both('astral', "x\U0001F600y\U00010000\U0010FFFF")
both('astral no ascii', "x\U0001F600y", ensure_ascii=False)
both('lone high', "a\ud800b")
both('lone low', "a\udc00b")
both('lone no ascii', "\udfff", ensure_ascii=False)
both('controls', "".join(chr(i) for i in range(0, 32)) + "\x7f\"\\/")
both('controls no ascii', "\x00\x1f\t\n\u2028\u2029", ensure_ascii=False)
both('latin and bmp', "caf\u00e9 \u65e5\u672c \uffff \u20ac")
both('floats', [1.5, -0.0, 1e300, 1e-300, 0.1, 1e16, 123456789.125])
both('nan inf', [float('nan'), float('inf'), float('-inf')])
both('nan disallowed', [float('nan')], allow_nan=False)
both('inf disallowed', {'x': float('inf')}, allow_nan=False)
both('big ints', [2 ** 70, -2 ** 64, 0, True, False, None])
doc = {"b": [1, {"z": 1, "a": [True, None]}], "a": "text", "c": {}, "d": [], "e": {"y": "\u00e9"}}
both('sort_keys', doc, sort_keys=True)
both('indent 2', doc, indent=2, sort_keys=True)
both('indent tab', [1, [2, {"k": []}]], indent="\t")
both('indent 0', {"a": [1, 2]}, indent=0)
both('separators', doc, separators=(",", ":"), sort_keys=True)
both('int keys', {3: "x", 1: "y", 2.5: "z", None: 1, True: 2})
both('int keys sorted', {3: "x", 1: "y", 2: "z"}, sort_keys=True)
both('mixed keys sorted', {3: "x", "a": "y"}, sort_keys=True)
both('bad key', {(1, 2): 3})
both('skipkeys', {(1, 2): 3, "ok": 4}, skipkeys=True)
both('bad value', {"x": {1, 2}})
both('default', {"x": {3, 1, 2}}, default=sorted)
both('circular list', (lambda l: (l.append(l), l)[1])([]))
both('tuple', (1, (2, "3")))

for text in ['"\\ud83d\\ude00"', '"\\ud83d"', '"\\ude00x"', '"\\ud83dx"', '"\\u00e9\\u20AC"',
             '["\\ud83d\\ude00", "\\ud800\\ud800"]', 'NaN', '-Infinity', '[Infinity, NaN]',
             '{"a": 1, "a": 2}', '  [1 , 2 ]  ', '1E+2', '-0', '-0.0', '1.0e-5', '"\U0001F600"',
             '[]', '{}', '""', 'true', 'null', '123456789012345678901234567890']:
    v = json.loads(text)
    print('loads', ascii(text), ascii(v), type(v).__name__)

for text in ['', '[', '[1,]', '{"a" 1}', '{"a": 1,}', '{1: 2}', '"abc', '"\\x"', '"\\u12"',
             '"a\nb"', '[1 2]', 'nul', 'tru', '01', '1.', '-', '.5', '"\\', '[1]]', '{"a":1}x',
             'nan', 'infinity', '"\x00"', '\ufeff[1]', '[1, 2', '{"a": [1, {"b": }]}']:
    try:
        json.loads(text)
        print('no error', ascii(text))
    except json.JSONDecodeError as e:
        print('error', ascii(text), '|', e.msg, e.pos, e.lineno, e.colno)
print(json.loads('"a\nb"', strict=False) == "a\nb")
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": 1, "b": [2]}', object_pairs_hook=lambda p: p))
print(json.loads('[NaN]', parse_constant=lambda c: 'const ' + c))
