# cmath functions over a grid of points in every quadrant, on the axes and near the branch points.
import cmath

names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
points = [complex(x, y) for x in (-2.5, -1.0, -0.5, 0.0, 0.5, 1.0, 2.5) for y in (-1.5, -0.25, 0.0, 0.75, 2.0)]
points += [1e-8 + 1e-8j, 1 + 1e-9j, -1 - 1e-9j, 1e-320 + 1e-320j, 1e300 + 1e300j, -1e300 + 1e-300j, 30 + 1j, 700 + 0.5j, -710 + 2j]
for name in names:
    f = getattr(cmath, name)
    print("--", name)
    for z in points:
        try:
            r = f(z)
            print(z, r.real, r.imag)
        except (ValueError, OverflowError) as e:
            print(z, type(e).__name__, e)
for x in [0, 1, -1, 2, -2, 0.5, -0.5, 1.5, 10, -10]:
    print(x, cmath.sqrt(x), cmath.log(x) if x else "-", cmath.acos(x), cmath.asin(x), cmath.atanh(x) if abs(x) != 1 else "-", cmath.acosh(x))
