# conformance: own-process   (finalisation depends on when the runtime collects: no other test may share the heap)
# A suspended generator that is collected runs its finally blocks and __exit__ (via close()).
import gc

log = []


def read_lines(name):
    log.append(f"open {name}")
    try:
        for i in range(10):
            yield f"{name}:{i}"
    finally:
        log.append(f"close {name}")


lines = read_lines("a.txt")
print(next(lines), next(lines))
del lines
gc.collect()
print(log)
log.clear()


class Lock:
    def __enter__(self):
        log.append("acquire")
        return self

    def __exit__(self, *exc):
        log.append(f"release ({exc[0].__name__})")
        return False


def guarded():
    with Lock():
        yield "inside"
        yield "never"


g = guarded()
print(next(g))
g = None
gc.collect()
print(log)
log.clear()


def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        log.append("saw GeneratorExit")
        raise


h = catches_exit()
next(h)
del h
gc.collect()
print(log)
log.clear()

# Finished, unstarted and handler-free generators have nothing to run.
done = read_lines("b.txt")
print(list(done)[-1])
fresh = read_lines("c.txt")
del done, fresh
squares = (n * n for n in range(5))
print(next(squares))
del squares
gc.collect()
print(log)
