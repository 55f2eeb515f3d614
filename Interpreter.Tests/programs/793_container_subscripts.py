# Subscripts, membership and iteration over the builtin containers, the way programs use them.
inventory = {"apple": 3, "pear": 0, 7: "seven", (1, 2): "pair", 2.5: "float"}
print(inventory["apple"], inventory[7], inventory[(1, 2)], inventory[2.5])
print(inventory[7.0], inventory[True + 6])  # equal keys of other types find the same entry
for key in ("apple", "plum", 7, 8, (1, 2), (2, 1)):
    print(key, key in inventory, key not in inventory, inventory.get(key, "-"))

try:
    inventory["plum"]
except KeyError as e:
    print("KeyError", e)
try:
    inventory[[1]]
except TypeError as e:
    print(e)
try:
    [1] in inventory
except TypeError as e:
    print(e)

inventory["pear"] += 5
inventory["plum"] = inventory.get("plum", 0) + 1
print(sorted((str(k), v) for k, v in inventory.items()))

words = ("alpha", "beta", "gamma")
print(words[0], words[-1], words[1][2], "gamma" in words, "delta" in words)
text = "hello, world"
print(text[0], text[-1], text[7:], "world" in text, "" in text, "o, w" in text, "x" not in text)
print("é" in "café", "café"[3], "naïve"[-3])
colors = {"red", "green", "blue"}
print("red" in colors, "pink" in colors, 3 in colors)
frozen = frozenset([1, 2, 3])
print(2 in frozen, 4 in frozen, frozenset([1]) in {frozenset([1])}, {1} == frozenset([1]))

matrix = [[1, 2, 3], [4, 5, 6]]
matrix[1][2] = 60
matrix[-1][0] += 40
print(matrix)

counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)

total = 0
for k, v in counts.items():
    total += v
for k in counts:
    total += len(k)
for v in counts.values():
    total -= v
print(total)

for i, (name, score) in enumerate((("ann", 3), ("bob", 5))):
    print(i, name, score)
for ch in "héllo":
    print(ch, end=" ")
print()
for x in range(10, 0, -3):
    print(x, end=" ")
print()

try:
    for k in counts:
        counts[k + "!"] = 1
except RuntimeError as e:
    print(e)

nested = {"a": {"b": {"c": [1, {"d": "deep"}]}}}
print(nested["a"]["b"]["c"][1]["d"], nested["a"]["b"]["c"][-2])
