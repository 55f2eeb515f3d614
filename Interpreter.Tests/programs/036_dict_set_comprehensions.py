print({x: x * x for x in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
words = ["apple", "bob", "cat", "apple", "dog"]
print({w: len(w) for w in words})
print({len(w) for w in words})
print({x % 5 for x in range(100)})
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
print({(i, j): i * j for i in range(2) for j in range(2)})
print(sorted({c for c in "hello world" if c.isalpha()}))
print({i: {j for j in range(i)} for i in range(4)})
