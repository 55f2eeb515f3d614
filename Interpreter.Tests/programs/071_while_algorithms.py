def digits(n):
    out = []
    while n > 0:
        n, d = divmod(n, 10)
        out.append(d)
    return out[::-1] or [0]
print(digits(9075), digits(0), sum(digits(2 ** 100)))
def to_base(n, b):
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    s = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        s = chars[r] + s
    return "-" + s if neg else s
print(to_base(255, 2), to_base(255, 16), to_base(-100, 7), to_base(10 ** 20, 36))
def newton_sqrt(x):
    guess = x / 2
    for _ in range(30):
        guess = (guess + x / guess) / 2
    return guess
print(newton_sqrt(2), newton_sqrt(144))
n = 600851475143
factors = []
d = 2
while d * d <= n:
    while n % d == 0:
        factors.append(d)
        n //= d
    d += 1
if n > 1:
    factors.append(n)
print(factors)
a, b = 1, 1
count = 2
while len(str(b)) < 50:
    a, b = b, a + b
    count += 1
print(count, b)
