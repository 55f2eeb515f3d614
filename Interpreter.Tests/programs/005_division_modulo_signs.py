pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3)]
for a, b in pairs:
    print(a, b, "->", a // b, a % b, divmod(a, b), a / b)
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (5.0, 0.5)]
for a, b in fpairs:
    print(a, b, "->", a // b, a % b, divmod(a, b), a / b)
print(-0.0 % 5, 0.0 % -5)
print(1 % 0.3)
print(-1 % 0.3)
print(10 // 0.1)
print(2 ** -1, 2 ** -2, (-2) ** -1)
print(7 // 2 * 2 + 7 % 2)
print(-7 // 2 * 2 + -7 % 2)
print(True // 1, True % 2, False + True)
print(3 / 1, 0 / 1, -0 / 1)
