for i in range(3):
    print(i)
else:
    print("done", i)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("empty loop else")
for c in "abc":
    pass
print("c after loop:", c)
for i, ch in enumerate("hey"):
    print(i, ch)
for k in {"a": 1, "b": 2}:
    print("key", k)
total = 0
for row in [[1, 2], [3, 4], [5]]:
    for v in row:
        total += v
print("total", total)
