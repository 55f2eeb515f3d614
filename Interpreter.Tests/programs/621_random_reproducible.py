# Reproducible simulations: the same seeds give CPython's exact sequences for every kind of seed and draw.
import random

random.seed(2024)
print([random.randint(1, 6) for _ in range(12)])
print(random.random(), random.getrandbits(72), random.randrange(0, 10**25, 3))

random.seed("experiment-7")          # str seeds go through SHA-512
print(random.random(), random.choice(["red", "green", "blue"]), random.sample(range(1000), 6))
random.seed(b"\x00\xffbytes")
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:10])

random.seed(2**90 + 12345)
print(random.gauss(100, 15), random.gauss(100, 15), random.normalvariate(0, 1), random.uniform(-1, 1))
print(random.randbytes(12).hex(), random.choices("abc", weights=[5, 1, 1], k=8), random.choices(range(4), cum_weights=[1, 2, 3, 10], k=5))
print(random.expovariate(1.5), random.triangular(0, 10, 2), random.betavariate(2, 5), random.gammavariate(3, 2))
print(random.lognormvariate(0, 0.5), random.vonmisesvariate(0, 4), random.paretovariate(2.5), random.weibullvariate(1, 1.5))

# Independent generators and saved states.
gen = random.Random(99)
state = gen.getstate()
first = [gen.random() for _ in range(3)]
gen.setstate(state)
print(first == [gen.random() for _ in range(3)], random.Random(99).random() == first[0])
print(random.Random(-99).random() == random.Random(99).random(), random.Random(0).random(), random.Random(1.5).random())


class Dice(random.Random):
    def roll(self, n):
        return [self.randint(1, 6) for _ in range(n)]


print(Dice(7).roll(10), Dice("seven").roll(5))
print(random.sample(["a", "b", "c"], counts=[3, 2, 1], k=4))

for bad in (lambda: random.choice([]), lambda: random.randrange(5, 5), lambda: random.sample(range(3), 4), lambda: random.getrandbits(-1)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
