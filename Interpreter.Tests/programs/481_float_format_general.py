# A format spec with a precision but no type letter: like 'g', but the switch to
# exponent notation happens when the exponent reaches precision - 1, and an
# integral result keeps a ".0".

readings = [100.0, 99.95, 10.0, 12.0, 1.5, 1e16, 123456.789, 1234567.0, 0.0001, 0.00001, 0.0, -0.0, -250.0]
specials = [float("inf"), float("-inf"), float("nan")]

for spec in [".1", ".2", ".3", ".0", "#.3", "#.0", "#.5", ",.3", "_.3", ",.10", ".17", "+.3", "10.3", "<10.3", "=+10.2", "010.3"]:
    print(f"{spec:>6}:", " ".join(format(v, spec) for v in readings + specials))

# The same through str.format, f-strings and format().
total = 99.95
print("{:.3}".format(total), f"{total:.3}", format(total, ".3"), f"{total:.4}", f"{total:>9.3}|")
print("{0:.2} {0:.3} {0:.4}".format(1000.0), f"{1e16:.16} {1e16:.17} {1e15:.16}")

# 'g' and %-formatting keep their own rules.
for v in [100.0, 99.95, 0.0, 1e16]:
    print(f"{v:.3g} {v:#.3g} {v:.3e} {v:.3f}", "%.3g %#.3g %.3s %r %s" % (v, v, v, v, v))

# Complex numbers and ints with no type letter.
print(format(100 + 0j, ".3"), format(complex(100.0, 99.95), ".3"), format(1e16j, ".3"), format(12345, ""), format(12345, "10"))
