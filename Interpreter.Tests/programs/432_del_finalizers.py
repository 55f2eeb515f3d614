# conformance: own-process   (finalisation depends on when the runtime collects: no other test may share the heap)
# __del__ runs when the object is collected; here gc.collect() makes that point deterministic.
import gc

log = []


class Connection:
    opened = 0

    def __init__(self, name):
        self.name = name
        Connection.opened += 1

    def __del__(self):
        Connection.opened -= 1
        log.append(f"close {self.name}")


class Pool:
    def __init__(self, name, size):
        self.name = name
        self.conns = [Connection(f"{name}-{i}") for i in range(size)]

    def __del__(self):
        # The pool's connections are still intact while its own finaliser runs.
        log.append(f"pool {self.name} with {len(self.conns)} connections")


c = Connection("solo")
print("open:", Connection.opened)
del c
gc.collect()
print("open:", Connection.opened, log)
log.clear()

p = Pool("p", 1)
del p
gc.collect()
print(log[0], "| then", log[1:])
print("open:", Connection.opened)
log.clear()

# A reference cycle with a finaliser is collected too (PEP 442).
a = Connection("cyc")
a.me = a
del a
gc.collect()
print(log)
log.clear()

# __del__ runs once, even when it resurrects the object.
saved = []


class Phoenix:
    def __del__(self):
        log.append("phoenix finalised")
        saved.append(self)


Phoenix()
gc.collect()
print(log, len(saved))
saved.clear()
gc.collect()
print(log)

# __del__ added to the class after instances exist still runs for new instances.
class Late:
    pass


Late.__del__ = lambda self: log.append("late")
x = Late()
del x
gc.collect()
print(log)
