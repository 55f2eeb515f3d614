# String formatting edge cases: format spec mini-language corners, nested fields, conversions
print(f"{'abc':*^9}|{'abc':<2}|{'abc':>.2}|{'x':=>4}|{42:=+8}|{-42:=8}|{42:08}|{-42:08}")
print(f"{3.5:=+10.2f}|{True:5}|{True!s:>6}|{None!r:>6}|{'q'!a}|{'é'!a}")
print(f"{255:#x} {255:#X} {255:#o} {255:#b} {255:x} {-255:#x} {0:#b} {1234567:_x} {1234567890:,}")
print(f"{12345.6789:,.2f} {-0.5:.0f} {1.5:.0f} {2.5:.0f} {0.125:.2f} {0.375:.2f} {1e-7:.2%} {0.5:%}")
print(f"{'nested':{'>'}{10}}|{3.14159:.{3}f}|{'w':{'*'}^{7}}")
width, prec = 12, 4
print(f"{'val':>{width}}|{2/3:{width}.{prec}}|{2/3:<{width}.{prec}e}|")
print("{0}{1}{0}".format("ab", "cd"), "{:}{:}".format(1, 2), "{a[0]}{a[1]}{b.real}".format(a="xy", b=3))
print("{0!r:>10}|{0!s:<10}|{0:^10}".format("hi"), "{:{}{}}".format(5, "0", 4), "{{literal}} {}".format(1))
print("{:,}".format(10 ** 12), "{:_}".format(10 ** 12), "{:_b}".format(255), "{:,.3f}".format(1234.5), "{:e}".format(0))
print(format(0.0, "e"), format(-0.0, ".1f"), format(1e21, "f"), format(1 / 7, ".15g"), format(1e-5, ".1g"), format(123, "c"))
print("%5s|%-5s|%05d|%+d|% d|%x|%X|%o|%c|%c|%%" % ("ab", "ab", 42, 5, 5, 255, 255, 8, 65, "z"))
print("%(name)s is %(age)03d" % {"name": "Al", "age": 7}, "%.2s" % "abcdef", "%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 3.14159))
print("%s %r" % ((1, 2), "q"), "%s" % ((1, 2),), "%d%%" % 50, "%i %u" % (3, 4), "%e" % 12345.678, "%g %g" % (1e-5, 123456789))
for bad in ("{:d}".format, "{:s}".format, "{:x}".format):
    try:
        print(bad(1.5) if bad != "{:s}".format else bad(5))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for fn in (lambda: "{0} {}".format(1, 2), lambda: "{".format(), lambda: "}".format(), lambda: "{1}".format(0),
           lambda: "{x}".format(), lambda: f"{5:,s}", lambda: "%d" % "s", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2),
           lambda: format(5, "=^+#,.3xz")):
    try:
        print(fn())
    except (ValueError, TypeError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
class Fmt:
    def __format__(self, spec):
        return f"<Fmt {spec!r}>"
    def __repr__(self): return "Fmt()"
    def __str__(self): return "fmt-str"
print(f"{Fmt()}", f"{Fmt():abc}", f"{Fmt()!r}", f"{Fmt()!s:>9}", format(Fmt(), "x"), "{:q}".format(Fmt()))
x = 10
print(f"{x=}", f"{x = }", f"{x*2=:>5}", f"{'a' 'b'}", f"{x!r:^6}", f"{{x}}", f"{x:{x}}|")
print(f"{'multi'}" f"{'part'}" "plain", f"""{x
+ 1}""")
try:
    exec("f\"{'\\\\n'}\"")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print("{:>8}".format("€uro"), "{:^7}".format("ñ"), len(f"{'é':>3}"), "{:.3}".format("naïve"))
print(str.format("{} {}", *"ab"), "{0[a]} {0[b]}".format({"a": 1, "b": 2}), "{.__class__.__name__}".format(3))
print("{:%Y}".format(type("D", (), {"__format__": lambda s, spec: spec.replace("%Y", "2024")})()))
