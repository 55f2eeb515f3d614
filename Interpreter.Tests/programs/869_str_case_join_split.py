# str.lower/upper/join/split/strip at their edges: ASCII and non-ASCII text, one-character and
# empty strings, separators, lists and tuples and generators of parts, and the errors.
words = ["Hello", "WORLD", "mixed Case 123", "", "x", "X", "\u00c9cole", "stra\u00dfe", "\u0130stanbul",
         "caf\u00e9", "ok!", "\U0001F600smile", "ABC\u00ff", "already lower"]
for w in words:
    print(repr(w), repr(w.lower()), repr(w.upper()), w.lower() == w, w.upper().lower() == w.lower())

lowered = "plain".lower()
print(lowered, lowered == "plain", type(lowered).__name__)

class Name(str):
    pass
n = Name("MiXeD")
print(type(n.lower()).__name__, n.lower(), type(n.upper()).__name__, n.upper())

# join of lists, tuples, generators, dict keys and one-element sequences
print("-".join(["a", "b", "c"]), ",".join(("x",)), "".join([]), "|".join(["", "", ""]))
print(", ".join(w.upper() for w in ["ab", "cd"]), "+".join({"k1": 1, "k2": 2}), " ".join("abc"))
print("\u00e9".join(["\U0001F600", "b"]), "::".join(["only"]))
print(" ".join([Name("sub"), "str"]), type("".join([Name("one")])).__name__)
big = "ab" * 50
print(len("".join([big] * 200)), len(", ".join(str(i) for i in range(1000))))
for bad in (["a", 1], ("a", None), [b"bytes"], ["x", ["y"]]):
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "".join(5)
except TypeError as e:
    print("TypeError:", e)
try:
    "".join()
except TypeError as e:
    print("TypeError:", e)

# split and rsplit
line = "  alpha beta\tgamma\n delta  \x0bepsilon\u3000zeta  "
print(line.split(), line.split(None, 2), line.rsplit(None, 2), line.split(maxsplit=1))
csv = "a,b,,c,"
print(csv.split(","), csv.split(",", 2), csv.rsplit(",", 2), csv.split(",,"), "".split(","), "".split())
print("one".split("one"), "aaa".split("a"), "a::b::c".rsplit("::", 1), "\U0001F600x\U0001F600".split("x"))
for bad in ("", 3):
    try:
        "a b".split(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# strip with and without characters
for s in ("  padded\t\n", "...word!?", "", "!!!", "\u00a0nbsp\u00a0", "xyx-body-yxy"):
    print(repr(s.strip()), repr(s.strip(".!?")), repr(s.lstrip("xy")), repr(s.rstrip("yx")), repr(s.strip("")))
try:
    "x".strip(1)
except TypeError as e:
    print("TypeError:", e)
try:
    "x".lower(1)
except TypeError as e:
    print("TypeError:", e)
try:
    "x".strip("a", "b")
except TypeError as e:
    print("TypeError:", e)

# a small word count, the way a script does it
text = "The cat. the Dog! THE cat; a dog? The end"
counts = {}
for raw in text.split():
    w = raw.strip(".!?;").lower()
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(" ".join(w.upper() if c > 1 else w for w, c in counts.items()))
