g = 1
def read_global():
    return g
def write_global():
    global g
    g = 2
print(read_global())
write_global()
print(g, read_global())
def new_global():
    global created
    created = "made inside"
new_global()
print(created)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
    inner()
    inner()
    return x
print(outer())
def shadow():
    g = "local"
    return g
print(shadow(), g)
def levels():
    a = 1
    def l1():
        a = 2
        def l2():
            nonlocal a
            a = 3
        l2()
        return a
    r = l1()
    return a, r
print(levels())
total = 0
def add(n):
    global total
    for i in range(n):
        total += i
add(5)
add(3)
print(total)
