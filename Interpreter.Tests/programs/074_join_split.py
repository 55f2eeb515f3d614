csv = "name,age,city\nAnn,30,Oslo\nBob,25,Rome"
rows = [line.split(",") for line in csv.split("\n")]
header, *data = rows
print(header)
for r in data:
    print(dict(zip(header, r)))
print("|".join(header), " ".join(["a"] * 3))
print("a b  c".split(" "), "a b  c".split(), "  lead".split(" "))
print("1,2,3".split(",", 1), "a.b.c".rsplit(".", 1), "".split(","), "".split())
print("x".join("abc"), ", ".join(str(i) for i in range(4)))
print("key=value=x".split("=", 1), "no-sep".split("="))
print("  padded  ".strip().split("d"))
text = "To be, or not to be: that is the question."
words = [w.strip(",.:").lower() for w in text.split()]
print(words, len(words))
print("\t".join(["a", "b"]).split("\t"))
print("a\nb\n".split("\n"), "a\nb\n".splitlines(), "a\nb\n".splitlines(keepends=True))
