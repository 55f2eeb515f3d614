n = 1000
print(n.bit_length(), (-n).bit_length(), n.to_bytes(2, "big"), n.to_bytes(4, "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), (-2).to_bytes(2, "big", signed=True))
print((10).__add__(5), (7).__mul__(3), (3).__neg__(), (5).conjugate(), (6).real, (6).imag)
print((3).numerator, (3).denominator, (10).as_integer_ratio(), int.__name__)
print((255).__format__("x"), (2 ** 70).bit_length(), True.bit_length())
print(int("42").__str__(), (42).__repr__(), abs(-5).__index__() if hasattr(5, "__index__") else 5)
print((17).__floordiv__(5), (17).__mod__(5), (17).__divmod__(5), (2).__pow__(8), (5).__rsub__(10))
print((1).__eq__(1.0), (1).__lt__(2), (3).__hash__())
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(isinstance(True, int), int.__mro__, bool.__mro__)
print(sum(int(c) for c in str(2 ** 50)), str(2 ** 50)[::-1])
