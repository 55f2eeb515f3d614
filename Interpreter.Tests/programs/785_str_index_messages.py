# Error messages and small str behaviours a programmer sees every day.
for text, code in [
    ("bytes['x']", lambda: b"abc"["x"]),
    ("bytearray['x']", lambda: bytearray(b"abc")["x"]),
    ("list['x'] = 1", lambda: [1].__setitem__("x", 1)),
    ("del list['x']", lambda: [1].__delitem__("x")),
    ("startswith(('a', 1))", lambda: "banana".startswith(("a", 1))),
]:
    try:
        code()
    except TypeError as e:
        print(text, "->", e)

# str(bytes, errors=...) decodes as UTF-8; keywords name the object too.
print(str(b"caf\xc3\xa9", errors="strict"), str(object=b"id", encoding="ascii"))
print("pickled as", "word".__getnewargs__())

# maxsplit keeps the rest exactly as it was (trailing or leading whitespace included).
line = "  GET   /index.html   HTTP/1.1  "
print(line.split(None, 1))
print(line.rsplit(None, 1))
print("banana".startswith(("x", "ba")))
