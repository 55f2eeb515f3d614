# text[i] of exact strs: Latin-1 characters are the shared one-character strs (as CPython's
# cache of them), others new objects; negative and out-of-range indices, astral text, subclasses,
# index objects and bad index types give python3.11's results and messages.

text = 'ab\x00\xff\u0100\u20ac"\\ {}[]:,'
for i in range(-len(text), len(text)):
    c = text[i]
    print(i, repr(c), ord(c), c is chr(ord(c)), c == text[i])

# shared objects for Latin-1, not for other characters
print(text[0] is text[0], text[3] is chr(255), text[4] is text[4], text[5] is text[5])

for bad in [len(text), -len(text) - 1, 10**20, -10**20]:
    try:
        text[bad]
    except IndexError as e:
        print("IndexError", e)

for bad in [1.0, "0", None, [0], (0,)]:
    try:
        text[bad]
    except TypeError as e:
        print("TypeError", e)


class Idx:
    def __index__(self):
        return 2


print(repr(text[Idx()]), repr(text[True]), repr(text[False]))

astral = "a\U0001F600b\U0001F601"
for i in range(-4, 4):
    print(i, repr(astral[i]))


class S(str):
    def __getitem__(self, i):
        return "S" + str.__getitem__(self, i)


print(S("xyz")[1], S("xyz")[-1], type(str.__getitem__(S("xyz"), 0)).__name__)


class T(str):
    pass


print(repr(T("pq")[0]), type(T("pq")[0]).__name__)

# a scanning loop as json parsers write it
src = '  {"k": "v\\n", "n": [1, 2]}  '
pos = 0
out = []
while pos < len(src):
    ch = src[pos]
    if ch in " \t\r\n":
        pos += 1
        continue
    out.append(ch)
    pos += 1
print("".join(out))
empty = ""
try:
    empty[0]
except IndexError as e:
    print("IndexError", e)

# text[a:b] of exact strs (no slice object on the fast path): bounds None, negative, past the
# end, reversed, bools, huge ints, __index__ objects, steps; identity of the whole and of 1 char
t = "0123456789"
for a, b in [(2, 6), (0, 10), (None, None), (0, None), (None, 10), (-3, None), (None, -3), (5, 2),
             (5, 5), (-100, 100), (100, 200), (3, 4), (True, 3), (False, True), (10**30, None),
             (None, -10**30), (-1, None), (9, 10)]:
    r = t[a:b]
    print(repr(a), repr(b), repr(r), r is t, len(r) == 1 and r is chr(ord(r)))
print(t[Idx():Idx()], repr(t[Idx():]), t[1:8:2], t[::-1], t[8:1:-3], t[::1] is t, t[0:10:1] is t)
for bad in [(1.0, 2), ("a", None), (None, []), (1, 2, 0)]:
    try:
        t[slice(*bad)] if len(bad) == 3 else t[bad[0]:bad[1]]
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
u = "a\u20acb\U0001F600c"
print(repr(u[1:4]), repr(u[3:]), repr(u[-2:]), repr(u[1:2]), u[1:2] is u[1:2])
print(repr(T("hello")[1:3]), type(T("hello")[1:3]).__name__, type(T("hello")[:]).__name__)
print(S("hello")[1:3] if False else str.__getitem__(S("hello"), slice(1, 3)))


class Sl(str):
    def __getitem__(self, k):
        return "Sl" + repr(k)


print(Sl("abc")[1:2], Sl("abc")[::2])
try:
    t[1:2] = "x"
except TypeError as e:
    print("TypeError", e)
num = "-12.5e3,"
pos = 0
while num[pos] in "+-0123456789.eE":
    pos += 1
print(float(num[0:pos]), int(num[1:3]), repr(num[pos:pos + 1]))
