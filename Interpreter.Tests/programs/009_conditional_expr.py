for n in range(-2, 3):
    s = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, s)
x = 10
print("big" if x > 5 else "small")
print([("even" if i % 2 == 0 else "odd") for i in range(5)])
f = lambda v: v * 2 if v else -1
print(f(3), f(0))
y = (1 if x else 2) + (3 if not x else 4)
print(y)
def pick(a, b):
    return a if a > b else b
print(pick(3, 9), pick(9, 3))
print("yes" if [] else "no", "yes" if [0] else "no")
