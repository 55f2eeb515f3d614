i = 0
while i < 5:
    print("i =", i)
    i += 1
else:
    print("loop finished normally, i =", i)
n = 0
while True:
    n += 1
    if n == 3:
        break
else:
    print("not printed")
print("broke at", n)
k = 10
while k > 0:
    k -= 3
    if k % 2 == 0:
        continue
    print("odd k", k)
else:
    print("else after continue-loop, k =", k)
def find(xs, target):
    i = 0
    while i < len(xs):
        if xs[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print(target, "not found")
find([3, 5, 7], 5)
find([3, 5, 7], 4)
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print("fib over 100:", b)
