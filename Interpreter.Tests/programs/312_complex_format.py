# format() and f-strings with complex numbers: presentation types, width/alignment, signs, errors.
z = 3.14159 + 2.71828j
w = -1.5 - 0.25j
print(format(z, ""), format(z, ".2f"), format(w, ".2f"), format(z, ".3e"), format(z, "E"), format(z, "g"))
print(format(z, ".3g"), format(1e20 + 1e-20j, "g"), format(1e20 + 1e-20j, "G"), format(z, "n"), format(z, ".2"))
print(f"[{z:>30}]", f"[{z:<30.3f}]", f"[{z:^30.1f}]", f"[{z:*^30}]", f"[{w:_>25.4f}]")
print(f"[{z:+.2f}]", f"[{w:+.2f}]", f"[{z: .2f}]", f"[{w: .2f}]", f"[{z:-.2f}]")
print(f"{1j:+}", f"{1j: }", f"{-1j:+.1f}", f"{1j:.1f}", f"{1j:g}", f"{complex(-0.0, 1):}")
print(f"{1 + 2j:#}", f"{1 + 2j:#g}", f"{1 + 2j:#.0f}", f"{1 + 2j:#.0e}", f"{100j:#}")
print(f"{12345678.5 + 9876543.25j:,.2f}", f"{12345678.5 + 9876543.25j:_}", f"{1234567j:,}")
print(f"{complex(-0.0, -0.0):z.1f}", f"{complex(-0.001, -0.001):z.1f}", f"{complex(-0.001, -0.001):.1f}")
inf, nan = float("inf"), float("nan")
print(f"{complex(inf, nan):f}", f"{complex(-inf, -inf):F}", f"{complex(nan, inf):>12}", f"{complex(nan, -inf):e}")
print("{:10.3f}|{:<12}|{!r:>10}".format(1 + 1j, 2j, 3 - 3j))
print("%s %r" % (1.5j, 2.5j))
for spec in ["010", "0>10", "=10", "d", "%", "x", "c", "s", ".2%"]:
    try:
        print(spec, format(1 + 2j, spec))
    except ValueError as e:
        print(spec, "ValueError:", e)
