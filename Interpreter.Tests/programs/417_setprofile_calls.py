# sys.setprofile: call/return for Python functions, c_call/c_return/c_exception for builtins.
import sys

log = []


def profiler(frame, event, arg):
    where = frame.f_code.co_name
    if event.startswith("c_"):
        log.append(f"{event:11} {arg.__name__:10} from {where}")
    else:
        shown = repr(arg) if event == "return" and isinstance(arg, (int, str, list, type(None))) else ""
        log.append(f"{event:11} {where:10} {shown}".rstrip())


def helper(values):
    return max(values) - min(values)


def words(text):
    parts = text.split()
    parts.append("!")
    return " ".join(parts)


def risky(seq):
    try:
        return seq.index(99)
    except ValueError:
        return -1


def gen(n):
    for i in range(n):
        yield i


def main():
    spread = helper([3, 9, 4])
    sentence = words("hello profiled world")
    missing = risky([1, 2])
    total = sum(gen(2))
    size = len(sentence)
    return spread, missing, total, size


sys.setprofile(profiler)
result = main()
sys.setprofile(None)
print(result)
print("\n".join(log))
print("profile now:", sys.getprofile())


# A call counter, the core of a deterministic profiler.
counts = {}


def counting(frame, event, arg):
    if event == "call":
        counts[frame.f_code.co_name] = counts.get(frame.f_code.co_name, 0) + 1
    elif event == "c_call":
        key = "builtin " + arg.__name__
        counts[key] = counts.get(key, 0) + 1


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def work():
    return [abs(fib(k)) for k in range(6)]


sys.setprofile(counting)
print(work())
sys.setprofile(None)
for name, count in sorted(counts.items()):
    print(f"{name:14} {count}")


# The profile function sees setprofile itself being switched off.
seen = []
sys.setprofile(lambda frame, event, arg: seen.append((event, getattr(arg, "__name__", None))))


def stop():
    sys.setprofile(None)


stop()
print(seen)
