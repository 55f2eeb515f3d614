# nonlocal through several levels, global from nested functions, UnboundLocalError cases
count = 0
def level1():
    a = 1
    def level2():
        def level3():
            nonlocal a
            a += 100
            global count
            count += 1
            return a
        return level3
    f = level2()
    f(); f()
    return a
print(level1(), count)

def accumulate():
    total = 0
    history = []
    def add(n):
        nonlocal total
        total += n
        history.append(total)
        return add
    def report():
        return total, history
    return add, report
add, report = accumulate()
add(1)(2)(3)
print(report())

def shadowing():
    x = "outer"
    def inner():
        x = "inner local"
        def innermost():
            nonlocal x
            x = "innermost changed inner"
        innermost()
        return x
    return inner(), x
print(shadowing())

def unbound():
    try:
        print(y)
        y = 5
    except UnboundLocalError as e:
        return str(e)
print(unbound())

def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        msg = str(e)
    z = 1
    return msg, inner()
print(free_unbound())

g = "module"
def reads_global_then_nested():
    def set_it():
        global g
        g = "changed by nested"
    before = g
    set_it()
    return before, g
print(reads_global_then_nested(), g)

def make_counters():
    fns = []
    for name in ("a", "b"):
        def make(name=name):
            n = 0
            def step():
                nonlocal n
                n += 1
                return f"{name}{n}"
            return step
        fns.append(make())
    return fns
ca, cb = make_counters()
print(ca(), ca(), cb(), ca())

def closure_cells():
    v = 1
    def get(): return v
    v = 2
    r1 = get()
    v = 3
    return r1, get(), get.__code__.co_freevars
print(closure_cells())

def del_nonlocal():
    x = 1
    def d():
        nonlocal x
        del x
    d()
    try:
        return x
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(del_nonlocal())

try:
    exec("def f():\n    global q\n    q = 1\n    nonlocal_q = 2\nf()\n")
    print(q)
except SyntaxError as e:
    print("SyntaxError", e)
for src in ("def f():\n    x = 1\n    global x\n", "def f():\n    nonlocal y\n", "nonlocal z\n"):
    try:
        exec(src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
