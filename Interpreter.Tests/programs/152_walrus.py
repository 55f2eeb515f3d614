data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
print([y for x in data if (y := x * 2) > 6])
print(y)
total = 0
lines = iter(["10", "20", "", "30"])
while (line := next(lines)):
    total += int(line)
print("total before blank:", total)
def f(v):
    return v * v
print([(x, fx) for x in range(5) if (fx := f(x)) % 2 == 0])
print((z := 5) + z)
values = {"a": 1}
if (v := values.get("b")) is None:
    print("missing b, v =", v)
