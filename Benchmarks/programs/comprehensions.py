# Comprehensions: list, dict, set comprehensions and nested generator expressions over
# a synthetic table of records (grouping, joins, matrix products).
# bench: default=240 quick=8 trace=40
import sys


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % 2147483648
        yield state


def main(n):
    rng = lcg(42)
    rows = [{"id": i, "group": next(rng) % 17, "value": next(rng) % 1000} for i in range(n * 200)]
    groups = {g: [r["value"] for r in rows if r["group"] == g] for g in range(17)}
    totals = {g: sum(vs) for g, vs in groups.items()}
    if sum(totals.values()) != sum(r["value"] for r in rows):
        raise AssertionError("group totals")
    distinct = {r["value"] % 97 for r in rows}
    by_id = {r["id"]: r for r in rows}
    joined = [(a["id"], by_id[a["value"] % len(rows)]["group"]) for a in rows if a["value"] % 3 == 0]
    m = [[(i * j + 1) % 11 for j in range(n)] for i in range(n)]
    mt = [[m[j][i] for j in range(n)] for i in range(n)]
    prod = [[sum(a * b for a, b in zip(row, col)) for col in mt] for row in m]
    trace = sum(prod[i][i] for i in range(n))
    check = sum(sum(m[i][k] * m[k][i] for k in range(n)) for i in range(n))
    if trace != check:
        raise AssertionError("matrix trace")
    pyth = [(a, b, c) for a in range(1, n) for b in range(a, n) for c in range(b, n) if a * a + b * b == c * c]
    for a, b, c in pyth:
        if a * a + b * b != c * c:
            raise AssertionError("pythagoras")
    print("rows", len(rows), "distinct", len(distinct), "joined", len(joined))
    print("totals", sorted(totals.items())[:3])
    print("trace", trace, "triples", len(pyth))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 240)
