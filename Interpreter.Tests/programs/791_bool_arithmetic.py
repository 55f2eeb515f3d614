# bool is an int subclass: arithmetic gives ints, bitwise operators between bools give bools.
t, f = True, False
results = [t + t, t - f, t * 5, t / 2, t // 1, t % 2, t ** 10, -t, +t, ~t, ~f, t << 4, t >> 1]
print(results)
print([type(x).__name__ for x in results])
bits = [t & f, t | f, t ^ t, f ^ f, t & 1, f | 2, t ^ 3]
print(bits, [type(x).__name__ for x in bits])
print(sum([True, True, False, True]), max(False, True), min(True, 0), abs(True), abs(-True))
print(True == 1, False == 0, True == 1.0, (True is not False), hash(True) == hash(1))
d = {1: "int", True: "bool", 1.0: "float"}
print(d, len(d))
print({True, 1, 1.0, False, 0}, True in {1}, 0 in {False})
print(divmod(True, True), pow(True, -1), round(True), int(True), float(False), str(True + 0))
print(isinstance(True, int), type(True + 0) is int, True.bit_length(), False.real, True.imag)
count = 0
for word in "the quick brown fox jumps over the lazy dog".split():
    count += word.startswith("t") or len(word) > 4
print(count)
flags = [x > 2 for x in range(6)]
print(flags, flags.count(True), sum(flags) * 1.5)
print(3 < True + 3 <= 4, (True < 2) + (False > -1))
print(f"{True:d} {True:5} {False!r} {True:.2f}")
