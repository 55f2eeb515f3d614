# A radix-2 FFT and its inverse on complex samples, checked against a direct DFT.
import cmath
import math


def fft(xs):
    n = len(xs)
    if n == 1:
        return list(xs)
    even = fft(xs[0::2])
    odd = fft(xs[1::2])
    out = [0j] * n
    for k in range(n // 2):
        t = cmath.exp(-2j * cmath.pi * k / n) * odd[k]
        out[k] = even[k] + t
        out[k + n // 2] = even[k] - t
    return out


def ifft(xs):
    n = len(xs)
    conj = fft([x.conjugate() for x in xs])
    return [x.conjugate() / n for x in conj]


def dft(xs):
    n = len(xs)
    return [sum(x * cmath.exp(-2j * math.pi * k * t / n) for t, x in enumerate(xs)) for k in range(n)]


signal = [math.sin(2 * math.pi * 3 * t / 16) + 0.5 * math.cos(2 * math.pi * 5 * t / 16) for t in range(16)]
spectrum = fft(signal)
for k, c in enumerate(spectrum):
    mag = abs(c)
    print(f"{k:2d} {c:>32.6f} |{mag:8.4f}| phase {cmath.phase(c) if mag > 1e-9 else 0.0:+.4f}")
direct = dft(signal)
print("max |fft - dft| < 1e-12:", max(abs(a - b) for a, b in zip(spectrum, direct)) < 1e-12)
back = ifft(spectrum)
print("round trip ok:", all(abs(b - s) < 1e-12 for b, s in zip(back, signal)))
print([round(b.real, 6) for b in back[:6]])
print(fft([1, 1j, -1, -1j]), fft([1 + 0j] * 4), fft([0, 1, 0, 0]))


def convolve(a, b):
    n = 1
    while n < len(a) + len(b) - 1:
        n *= 2
    fa = fft(a + [0] * (n - len(a)))
    fb = fft(b + [0] * (n - len(b)))
    prod = ifft([x * y for x, y in zip(fa, fb)])
    return [round(p.real) for p in prod[:len(a) + len(b) - 1]]


print(convolve([1, 2, 3], [4, 5, 6]), convolve([1, 1], [1, 1, 1, 1]))
