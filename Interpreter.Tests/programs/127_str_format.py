print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=42))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {"key": "v"}))
class P:
    x = 3
    y = 4
print("{p.x},{p.y}".format(p=P()))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:*>8}|{:-<8}|{:_^8}|".format("r", "l", "c"))
print("{:08.3f} {:+.2e} {:,} {:_x} {:.1%}".format(3.14159, 12345.6789, 1234567, 0xFFFFFF, 0.256))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{{escaped}} {}".format("x"))
print("{0:{1}}|{0:>{1}}|".format("w", 5))
print("{:d} {:b} {:o} {:x} {:X} {:c}".format(65, 65, 65, 65, 65, 65))
print("{:10.4}|{:.0f}|{:g}".format(3.14159265, 2.5, 1e-5))
print(format(12.5, "06.1f"), format("s", "^5"), format(7, "#06b"))
print("{:n}".format(1234), "{:.3g}".format(1234.5), "{:e}".format(0))
print("{} {}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
