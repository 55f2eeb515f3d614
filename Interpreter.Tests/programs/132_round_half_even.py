for v in [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5, 0.49999999999999994]:
    print(v, round(v))
for v in [0.125, 0.375, 2.675, 1.005, 0.045, 1.25, 1.35]:
    print(v, round(v, 2), round(v, 1))
for n in [15, 25, 35, 125, -15, 1234567]:
    print(n, round(n, -1), round(n, -2))
print(round(1e300, 2), round(123.456, -1), round(0.0), round(-0.0, 1))
print(round(5, 2), type(round(5, 2)).__name__, round(2.5, None))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f}")
