print(2 ** 10, 2 ** -1, (-2) ** 3, (-2) ** -2, 0 ** 0, 0.0 ** 0)
print(10 ** 20, 10 ** -20, 2 ** 0.5, 4 ** 0.5, (-8) ** 3)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7), pow(-3, 3, 7))
print(pow(3, -1, 7), pow(2, 100, 2 ** 61 - 1))
print(2 ** 200)
print(7 ** 77 % 1000)
print((-1) ** 101, (-1) ** 100, 1 ** 10 ** 9)
print(2.0 ** 100, 1.5 ** 2, 10.0 ** -3)
print(type(2 ** -1).__name__, type(2 ** 2).__name__, type(2.0 ** 2).__name__)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
x = 3
x **= 4
print(x, 10 ** 3 ** 0, -3 ** 2, (-3) ** 2)
