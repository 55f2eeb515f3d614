def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(1))
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def outer():
    x = "outer"
    def middle():
        def inner():
            return x + "!"
        return inner()
    return middle()
print(outer())
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])
def acc():
    items = []
    def add(v):
        items.append(v)
        return list(items)
    return add
a = acc()
a(1)
print(a(2))
def compose(f, g):
    return lambda x: f(g(x))
print(compose(lambda x: x * 2, lambda x: x + 3)(4))
print(add5.__closure__ is not None, make_adder.__closure__)
