# Generators: lazy pipelines of generator functions and expressions, yield from,
# send(), and a generator-based prime sieve.
# bench: default=1200000 quick=2000 trace=40000
import sys


def naturals(start):
    n = start
    while True:
        yield n
        n += 1


def take(gen, k):
    for _ in range(k):
        yield next(gen)


def filtered(pred, gen):
    for x in gen:
        if pred(x):
            yield x


def mapped(fn, gen):
    for x in gen:
        yield fn(x)


def chunks(gen, size):
    buf = []
    for x in gen:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(gens):
    for g in gens:
        yield from g


def running_total():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def primes(limit):
    # Incremental sieve: a dict of composites mapped to their witnesses.
    composites = {}
    for q in naturals(2):
        if q > limit:
            return
        if q not in composites:
            yield q
            composites[q * q] = [q]
        else:
            for p in composites[q]:
                composites.setdefault(p + q, []).append(p)
            del composites[q]


def main(n):
    evens_sq = mapped(lambda x: x * x, filtered(lambda x: x % 2 == 0, take(naturals(1), n)))
    s1 = sum(evens_sq)
    half = n // 2
    expected1 = 4 * half * (half + 1) * (2 * half + 1) // 6
    if s1 != expected1:
        raise AssertionError("pipeline sum")
    lengths = [len(c) for c in chunks(iter(range(n)), 7)]
    if sum(lengths) != n:
        raise AssertionError("chunks")
    flat = sum(flatten((x for x in range(i, i + 5)) for i in range(n // 5)))
    if flat != sum(i * 5 + 10 for i in range(n // 5)):
        raise AssertionError("flatten")
    acc = running_total()
    next(acc)
    last = 0
    for x in range(n):
        last = acc.send(x)
    if last != n * (n - 1) // 2:
        raise AssertionError("send")
    ps = list(primes(n // 2))
    count = len(ps)
    # check primality by trial division for a sample
    for p in ps[::max(1, count // 50)]:
        d = 2
        while d * d <= p:
            if p % d == 0:
                raise AssertionError("not prime %d" % p)
            d += 1
    print("pipeline", s1)
    print("chunks", len(lengths), "flat", flat, "running", last)
    print("primes below", n // 2, count, ps[-1])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1200000)
