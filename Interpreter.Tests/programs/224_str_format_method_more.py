print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0[1]} {0[0]} {1[k]}".format([10, 20], {"k": "v"}))
class P:
    x = 3
    y = 4
print("{p.x},{p.y}".format(p=P()))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:*>8}|{:-<8}|{:.^9}|".format("r", "l", "c"))
print("{:08.3f}|{:+.2f}|{: .1f}|{:,}|{:_}".format(3.14159, 2.5, 1.25, 1234567, 7654321))
print("{:x} {:X} {:#x} {:o} {:#o} {:b} {:#b} {:08b}".format(255, 255, 255, 8, 8, 5, 5, 5))
print("{:e} {:.2E} {:g} {:.3g} {:%} {:.1%}".format(12345.678, 0.000123, 0.00001234, 123456, 0.25, 0.3333))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=3))
print("{{literal}} {}".format(5))
print("{:>{}}".format("x", 4), "{:c}".format(65), "{:n}".format(1234))
print("{0:>5}{0:<5}{0:^5}|".format(7))
print("{:=+8d}|{:=8.2f}|".format(42, -3.5))
print(format(3.5, ".0f"), format(4.5, ".0f"), format(1e100, ".2g"), format(-0.0, "f"), format(float("inf"), "10"), format(float("nan"), "+"))
print(format(123, ""), format("abc", ""), format(1.0), format(True), format(True, "d"), format(None))
print("{:,.2f}".format(1234567.891), "{:_x}".format(0xdeadbeef), "{:,d}".format(-1000))
print("{:10}|{:<10}|{:10}|".format(12, 12, "s"))
print("{:.3}".format("abcdef"), "{:.3}".format(3.14159), "{:5.1}".format(0.25))
print("{0!r:>10}".format("hi"))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        s = f"${self.cents / 100:.2f}"
        return format(s, spec) if spec else s
print("{}|{:>10}|".format(Money(1234), Money(5)), f"{Money(99)!s:>3}"[:20])
for bad in ["{", "}", "{0", "{:d}", "{:s}", "{0} {}", "{x}"]:
    try:
        print(bad.format(1.5))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
print("{:,}".format(10**20), "{:.2f}".format(10**20), "{:e}".format(10**20))
