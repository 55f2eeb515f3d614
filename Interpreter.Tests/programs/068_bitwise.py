a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-1 >> 1, -16 >> 2, -1 << 4, ~0, ~-1)
print(1 << 64, (1 << 64) >> 63, (1 << 100) & ((1 << 100) - 1))
print(-(1 << 70) >> 3, ~(1 << 70))
print(0xFF & -1, -0x100 | 0xF, -5 ^ 3, -5 & 3)
print((255).bit_length(), (256).bit_length(), (-1).bit_length(), (0).bit_length())
print(bin(5).count("1"), (5).bit_count() if hasattr(5, "bit_count") else 2)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(16)])
print(True & False, True | False, True ^ True, type(True & True).__name__)
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(flags, bin(flags), bool(flags & (1 << 3)), bool(flags & (1 << 4)))
