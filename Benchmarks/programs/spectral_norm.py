# Float arithmetic: the spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1)
# by power iteration; the answer converges to 1.2742241528...
# bench: default=340 quick=20 trace=90
import sys


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(v, n):
    return [sum([a(i, j) * v[j] for j in range(n)]) for i in range(n)]


def mul_atv(v, n):
    return [sum([a(j, i) * v[j] for j in range(n)]) for i in range(n)]


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def main(n):
    u = [1.0] * n
    v = None
    for _ in range(10):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    result = (vbv / vv) ** 0.5
    if n >= 100 and abs(result - 1.2742241528) > 1e-5:
        raise AssertionError("spectral norm %r" % result)
    if not 1.2 < result < 1.28:
        raise AssertionError("spectral norm out of range %r" % result)
    print("%.9f" % result)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 340)
