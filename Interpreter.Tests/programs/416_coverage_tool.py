# A tiny line-coverage tool built on sys.settrace, the way coverage.py starts out.
import sys


class Coverage:
    def __init__(self, *functions):
        self.targets = {fn.__code__: fn.__name__ for fn in functions}
        self.hits = {name: {} for name in self.targets.values()}

    def _global_trace(self, frame, event, arg):
        # Only frames of the measured functions get a local tracer.
        if event == "call" and frame.f_code in self.targets:
            return self._local_trace
        return None

    def _local_trace(self, frame, event, arg):
        if event == "line":
            name = self.targets[frame.f_code]
            rel = frame.f_lineno - frame.f_code.co_firstlineno
            self.hits[name][rel] = self.hits[name].get(rel, 0) + 1
        return self._local_trace

    def __enter__(self):
        sys.settrace(self._global_trace)
        return self

    def __exit__(self, *exc):
        sys.settrace(None)
        return False

    def report(self):
        for code, name in self.targets.items():
            executable = sorted({line - code.co_firstlineno for _, _, line in code.co_lines()
                                 if line is not None and line != code.co_firstlineno})
            hit = self.hits[name]
            missed = [line for line in executable if line not in hit]
            pct = 100 * (len(executable) - len(missed)) // len(executable)
            counts = ", ".join(f"+{line}x{hit[line]}" for line in sorted(hit))
            print(f"{name:10} {pct:3}%  missed {missed}  hits {counts}")


def classify(n):
    if n < 0:
        return "negative"
    if n == 0:
        return "zero"
    parity = "even" if n % 2 == 0 else "odd"
    return parity


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None


def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2:
            n = 3 * n + 1
        else:
            n //= 2
        steps += 1
    return steps


def untouched(x):
    y = x * 2
    return y


with Coverage(classify, safe_div, collatz_steps, untouched) as cov:
    results = [classify(v) for v in (3, 4, 0)]
    quotient = safe_div(6, 3)
    steps = collatz_steps(6)

print(results, quotient, steps)
cov.report()
print("tracing off again:", sys.gettrace())
