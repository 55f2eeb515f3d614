# Closures over cells modified in the loop: late binding, nonlocal writes from inline calls,
# cells captured as arguments, and generator closures.
def make_counters(n):
    fs = []
    for i in range(n):
        fs.append(lambda: i)
    return [f() for f in fs]


def accumulate(n):
    total = 0

    def add(k):
        nonlocal total
        total += k
        return total

    seen = []
    for j in range(n):
        seen.append(add(j))
    return total, seen


def arg_cell(x):
    def get():
        return x

    def set_(v):
        nonlocal x
        x = v

    out = [get()]
    for v in range(3):
        set_(v * 10)
        out.append(get())
    return out


def gen_closure(n):
    step = 1

    def g():
        k = 0
        while k < n:
            yield k
            k += step

    out = []
    for v in g():
        out.append(v)
        if v == 2:
            step = 3
    return out


print(make_counters(4))
print(accumulate(6))
print(arg_cell(5))
print(gen_closure(12))
