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
