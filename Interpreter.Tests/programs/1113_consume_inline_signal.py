# conformance: own-process
# KeyboardInterrupt (and an exception from a signal handler) while sum/list run a generator inline.
import signal, traceback


def gen(n, at):
    for i in range(n):
        if i == at:
            signal.raise_signal(signal.SIGINT)
        yield i


g = gen(10, 3)
try:
    sum(g)
except KeyboardInterrupt:
    tb = traceback.extract_tb(__import__("sys").exc_info()[2])
    print("KeyboardInterrupt in", [fr.name for fr in tb], "then", list(g))


class Stop(Exception):
    pass


def handler(signum, frame):
    raise Stop(signum)


signal.signal(signal.SIGINT, handler)
seen = []


def spin(n):
    for i in range(n):
        seen.append(i)
        if i == 5:
            signal.raise_signal(signal.SIGINT)
        yield i


try:
    list(spin(10))
except Stop as e:
    print("Stop", e.args, seen)
print(sum(spin(4)))
