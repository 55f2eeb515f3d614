# int/float comparisons exactly like CPython (no precision loss), hashing consistency
big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), big + 1 > float(big), float(big) < big + 1)
print(10 ** 16 + 1 == 1e16, 10 ** 16 + 1 > 1e16, 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"), 10 ** 400 == float("inf"))
nan = float("nan")
print(nan == 0, nan < 1, nan > 1, nan != nan, 1 != nan, [nan] == [nan], nan in [nan])
print(0 == -0.0, 0.0 == False, 1 == 1.0 == True, hash(1) == hash(1.0) == hash(True), hash(-0.0) == hash(0))
print(hash(2.5) == hash(2.5), hash(float(2 ** 70)) == hash(2 ** 70), hash(1e100) == hash(int(1e100)))
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d))
s = {0, 0.0, False, -0.0}
print(s, len(s))
print(sorted([3, 1.5, True, 2 ** 60, -0.5, 0, False, 2.0]))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0), max(True, 1))
print(3 < 3.0000000000000004, 3 == 3.0000000000000001, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(1 < 2.5 < 3 < 3.5, 2 ** 63 == 9223372036854775808.0, 2 ** 63 - 1 == 9223372036854775808.0, 2 ** 63 - 1 < 9223372036854775808.0)
for a, b in [(7, 2.0), (-7, 2.0), (7.0, -2), (2 ** 60, 3.0)]:
    print(a / b, a // b, a % b, divmod(a, b))
print(True + True, True * 3.5, False ** 0, 5 - True, -True, ~True, True / 2, True // 2)
print(int.__eq__(1, 1.0), float.__eq__(1.0, 1), (1).__lt__(2.0), (1.0).__gt__(2))
print(isinstance(True, int), type(True + 1), type(True + 1.0), type(1 + 1.0), type(2 ** -1), type(4 // 2.0))
print(round(3), type(round(3.7)), type(round(3.7, 0)), round(True), divmod(True, 2))
print(float(2 ** 1023) * 2, 2 ** 1024 > 1.7976931348623157e308)
