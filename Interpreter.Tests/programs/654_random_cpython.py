import random

rng = random.Random(2024)
print(rng.random(), rng.randint(1, 6), rng.randrange(0, 100, 5), rng.uniform(1.0, 2.0))
deck = [f"{r}{s}" for s in "SH" for r in "A23456"]
rng.shuffle(deck)
print(deck)
print(rng.choice(deck), rng.sample(range(50), 5), rng.choices("abc", weights=[5, 1, 1], k=8))
print(round(rng.gauss(0, 1), 12), round(rng.expovariate(2.0), 12), rng.getrandbits(70))
state = rng.getstate()
first = [rng.random() for _ in range(3)]
rng.setstate(state)
print(first == [rng.random() for _ in range(3)])
random.seed("reproducible")
print(random.randint(0, 10**30), random.randbytes(6).hex())
print(random.Random(7).triangular(0, 10, 3), random.Random(7).betavariate(2, 3))
try:
    rng.choice([])
except IndexError as e:
    print("IndexError", e)
try:
    rng.sample([1, 2], 3)
except ValueError as e:
    print("ValueError", e)
