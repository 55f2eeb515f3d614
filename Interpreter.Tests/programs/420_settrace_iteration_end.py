# Under sys.settrace, the end of an iteration is visible: FOR_ITER and `yield from` report a
# StopIteration 'exception' event when the iterator ends by raising it (a Python __next__, a
# generator returning a value), but not when a generator simply runs out.
import sys

out = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "tracer":
        return None
    rel = frame.f_lineno - frame.f_code.co_firstlineno
    detail = f"{arg[0].__name__}{arg[1].args}" if event == "exception" else ""
    out.append(f"{event:9} {frame.f_code.co_name:9} +{rel} {detail}".rstrip())
    return tracer


def produce(result):
    yield 1
    return result


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def consume():
    for x in produce(None):
        pass
    for x in produce("value"):
        pass
    seen = [v for v in Countdown(2)]
    return seen


def delegate():
    got = yield from produce("inner result")
    yield got


sys.settrace(tracer)
consume()
list(delegate())
sys.settrace(None)
print("\n".join(out))
