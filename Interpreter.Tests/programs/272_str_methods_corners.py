# str method corners: partition, translate, expandtabs, splitlines, casefold, format_map, removeprefix
s = "key=value=more"
print(s.partition("="), s.rpartition("="), s.partition("#"), s.rpartition("#"))
table = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(table), "hello".translate({ord("l"): "L", ord("o"): None}), str.maketrans({"a": "1"}))
print("a\tbc\td".expandtabs(), "a\tbc\td".expandtabs(4), "\t".expandtabs(0) == "", "x\ty\n\tz".expandtabs(2))
print("a\nb\r\nc\rd\x0be\x0cf\x1cg\u2028h".splitlines(), "one\ntwo\n".splitlines(keepends=True), "".splitlines(), "x\n".split("\n"))
print("Straße".casefold(), "Straße".lower(), "ǅ".lower(), "ǆ".title(), "ß".upper(), "ﬁ".upper())
print("{name} is {age}".format_map({"name": "Bo", "age": 3}), "{x[1]}".format_map({"x": "xy"}))
try:
    "{0[1]}".format_map({0: "xy"})
except ValueError as e:
    print("format_map:", e)
class Default(dict):
    def __missing__(self, key): return "{" + key + "}"
print("{a} and {b}".format_map(Default(a=1)))
print("prefix_body".removeprefix("prefix_"), "body.py".removesuffix(".py"), "abc".removeprefix("x"), "aaa".removesuffix("a"))
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(2), "".zfill(3))
print("hello world".center(21, "*"), "x".ljust(4, "-"), "x".rjust(4, "0"), "title case here".title(), "it's o'neil".title())
print("  a b  ".strip(), "xxaxx".strip("x"), "abcba".lstrip("ab"), "abcba".rstrip("ab"), " \t\n".strip() == "")
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a b  c".split(), " a b ".split(" "), "a,b,c".rsplit(",", 1), "".split(","), "".split())
print("abc".find("c"), "abc".find("c", 0, 2), "abcabc".rfind("b"), "abc".index("b"), "aaa".count("aa"), "abc".count(""), "abcabc".replace("b", "B", 1))
print("Ab1".isalnum(), "Ab".isalpha(), "12".isdigit(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), " ".isspace(), "Ab".istitle(), "AB".isupper(), "_x1".isidentifier(), "1x".isidentifier(), "abc".isascii(), "é".isascii(), "\x07".isprintable())
print("-".join(["a", "b"]), "".join([]), ", ".join(map(str, range(4))), "ab" * 3, 3 * "-", "a" in "abc", "" in "abc")
print("%s|%5s|%-5s|" % ("x", "y", "z"), "abc"[::-1], "abcdef"[1:5:2], "abc"[5:], "abc"[-10:2])
print("tEsT".swapcase(), "hello"[1:-1].capitalize(), "ÉCOLE".lower(), "i̇".upper(), "ﬀ".casefold())
print(str(b"bytes", "ascii"), str(123), str(), repr("quote'\"s"), repr("tab\t"), ascii("naïve ☃"), "\N{BULLET}")
print(sorted(["b", "B", "a", "A", "_", "1"]), min("hello"), max("hello"), "hello".startswith(("x", "he")), "hello".endswith("lo", 0, 5))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
