# conformance: full-stderr
# An exception escaping nested __init__ calls (class instantiations inside __init__) reports every
# __init__ frame and the calling lines, after a handled one left no trace.
class Engine:
    def __init__(self, power):
        if power <= 0:
            raise ValueError(f"bad power {power}")
        self.power = power


class Car:
    def __init__(self, name, power):
        self.name = name
        self.engine = Engine(power)


class Fleet:
    def __init__(self, specs):
        self.cars = [Car(n, p) for n, p in specs]


try:
    Fleet([("a", 1), ("b", 0)])
except ValueError as e:
    print("handled:", e)

fleet = Fleet([("x", 3), ("y", 5)])
print([c.engine.power for c in fleet.cars])
Fleet([("z", 2), ("w", -1)])
