# Integer and list work: fannkuch-redux (maximum pancake flips over all permutations,
# with the alternating checksum), checked against known values.
# bench: default=9 quick=6 trace=8
import sys

KNOWN = {3: (2, 2), 4: (4, -4), 5: (7, 11), 6: (10, 49), 7: (16, 228), 8: (22, 1616),
         9: (30, 8629), 10: (38, 73196)}


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips * sign
        sign = -sign
        while True:
            if r == n:
                return max_flips, checksum
            p0 = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main(n):
    flips, checksum = fannkuch(n)
    if n in KNOWN and KNOWN[n] != (flips, checksum):
        raise AssertionError("fannkuch(%d) = %r, expected %r" % (n, (flips, checksum), KNOWN[n]))
    print(checksum)
    print("Pfannkuchen(%d) = %d" % (n, flips))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 9)
