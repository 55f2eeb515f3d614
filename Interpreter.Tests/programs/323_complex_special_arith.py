# complex arithmetic with infinities, NaNs, signed zeros and huge/tiny parts: every operator over a grid,
# including complex powers whose phase becomes infinite (CPython reports errno EDOM as ZeroDivisionError).
inf, nan = float("inf"), float("nan")
grid = [0j, complex(-0.0, -0.0), 1 + 1j, complex(-2, 0.5), complex(inf, 0), complex(0, -inf), complex(inf, inf),
        complex(nan, 1), complex(1e308, 1e308), complex(5e-324, -5e-324), 2, -0.0, 0.5, inf, nan]
for a in grid:
    for b in grid:
        row = []
        for op in ("+", "-", "*", "/", "**"):
            try:
                row.append(repr(eval(f"a {op} b")))
            except (ZeroDivisionError, OverflowError) as e:
                row.append(type(e).__name__[:4])
        print(repr(a), repr(b), " ".join(row))
for spec in ["z", "z.2f", "+z.1e", "z^12g"]:
    print(spec, [format(z, spec) for z in (complex(-inf, -0.0), complex(-0.0, -inf), complex(nan, -0.001), complex(-1e-9, inf))])
print(abs(complex(inf, nan)), abs(complex(nan, -inf)), abs(complex(nan, 0)), abs(complex(1e-320, 1e-320)), abs(complex(1e300, 1e300)))
try:
    abs(complex(1.5e308, 1.5e308))
except OverflowError as e:
    print("abs:", e)
