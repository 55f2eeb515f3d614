# json round trips of nested and unicode data: dumps/loads of deep lists and dicts, empty
# containers at every depth, non-ASCII keys and values with and without ensure_ascii, dicts that
# were emptied and refilled before encoding, and malformed documents with python3.11's messages.
import json

def nest(depth):
    v = {}
    for i in range(depth):
        v = {"d%d" % i: [v, {}, [], i, "é" * (i % 3)], "empty": {}}
    return v

doc = nest(12)
s = json.dumps(doc)
back = json.loads(s)
print(len(s), back == doc, json.dumps(back) == s)
print(s[:90])
print(json.dumps(doc, sort_keys=True, indent=1)[:120])

uni = {"ключ": "значение", "日本": ["語", "\u00e9\u0301", "\U0001f600"], "": "", "tab\t": "nl\n",
       "ctrl": "\x00\x1f\x7f", "quote\"": "back\\slash", "surr": "\ud800x"}
for ea in (True, False):
    t = json.dumps(uni, ensure_ascii=ea)
    print(ea, ascii(t))
    print(json.loads(t) == uni)

d = {"a": 1, "b": 2}
d.clear()
print(json.dumps(d), json.dumps([d, {}, [{}]]))
for i in range(20):
    d["k%02d" % i] = [i] * (i % 4)
for i in range(0, 20, 2):
    del d["k%02d" % i]
print(json.dumps(d))
print(json.loads(json.dumps(d)) == d)

big = [{"id": i, "name": "n%d" % i, "tags": [] if i % 2 else ["x"]} for i in range(3000)]
t = json.dumps(big)
print(len(t), json.loads(t) == big, t[-60:])

bad = ['{"a": 1,}', '[1, 2', '{"a" 1}', '"\\u12"', '{"\\ud800": 1', '[1,,2]', '{]', '"abc',
       'nul', '[01]', '{"a":1}x', '\ufeff[]', '', ' ', '[1e]', '{"k": [}', '"\x01"']
for b in bad:
    try:
        json.loads(b)
        print("ok", repr(b))
    except json.JSONDecodeError as e:
        print(repr(b), "->", e.msg, e.pos, e.lineno, e.colno)

print(json.loads('{"a": {}, "b": [], "c": {"d": {}}}'))
print(json.loads('[{}, {}, {}]') == [{}, {}, {}])
print(json.loads('{"x": 1, "x": 2}'), json.loads('{"x": 1, "x": 2}', object_pairs_hook=list))
