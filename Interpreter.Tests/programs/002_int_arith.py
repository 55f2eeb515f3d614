a = 17
b = 5
print(a + b, a - b, a * b)
print(a // b, a % b, a / b)
print(a ** b)
print(-a, +a, -(-a))
print(2 ** 10, 2 ** 0, 0 ** 0)
print(7 * 6 - 2 * 3 + 10 // 3)
print((1 + 2) * (3 + 4))
print(2 ** 3 ** 2)
print(-2 ** 2)
print(100 - 1 - 2 - 3)
print(1_000_000 + 1)
x = 0
for i in range(1, 11):
    x += i * i
print("sum of squares", x)
print(abs(-7), abs(7), abs(0))
print(10 // 1, 10 % 1)
print(123456789 * 987654321)
print(int(7 / 2), int(-7 / 2))
