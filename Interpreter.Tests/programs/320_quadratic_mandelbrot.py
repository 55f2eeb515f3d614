# Practical complex numbers: roots of polynomials (quadratic formula, Durand-Kerner) and a text Mandelbrot set.
import cmath


def quadratic_roots(a, b, c):
    disc = cmath.sqrt(b * b - 4 * a * c)
    return (-b + disc) / (2 * a), (-b - disc) / (2 * a)


for a, b, c in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2), (1, 0, -2), (1, 1j, 2), (1 + 1j, -2, 3j)]:
    r1, r2 = quadratic_roots(a, b, c)
    check = max(abs(a * r * r + b * r + c) for r in (r1, r2))
    print(f"{a}x^2 + {b}x + {c}: {r1:.4f}, {r2:.4f}  residual<1e-12: {check < 1e-12}")


def durand_kerner(coeffs, iterations=60):
    # monic polynomial with coefficients from the highest degree down
    n = len(coeffs) - 1
    roots = [(0.4 + 0.9j) ** k for k in range(n)]

    def p(x):
        acc = 0j
        for c in coeffs:
            acc = acc * x + c
        return acc

    for _ in range(iterations):
        new = []
        for i, r in enumerate(roots):
            denom = 1 + 0j
            for j, s in enumerate(roots):
                if i != j:
                    denom *= r - s
            new.append(r - p(r) / denom)
        roots = new
    return sorted(roots, key=lambda z: (round(z.real, 9), round(z.imag, 9)))


for coeffs in [[1, 0, 0, -1], [1, 0, 0, 0, 1], [1, -6, 11, -6]]:
    print(coeffs, [f"{r:.6f}" for r in durand_kerner(coeffs)])

print("roots of unity:", [cmath.rect(1, 2 * cmath.pi * k / 6) for k in range(6)])


def mandelbrot(c, limit=30):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit


chars = " .:-=+*#%@"
for row in range(21):
    y = 1.2 - row * 0.12
    line = ""
    for col in range(64):
        x = -2.1 + col * 0.045
        n = mandelbrot(complex(x, y))
        line += chars[min(n, len(chars) - 1)] if n < 30 else "@"
    print(line.rstrip())
