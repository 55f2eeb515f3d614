# list + list at BINARY_OP: exact lists joined directly; subclasses (with and without __add__/
# __radd__), empty lists, aliasing, in-place +=, errors from mixing types, and settrace on and off.
import sys


def cat(a, b):
    return a + b


def run():
    a = [1, 2, 3]
    b = [4]
    c = cat(a, b)
    print(c, c is a, c is b, a, b)
    print(cat([], []), cat([], [1]), cat([1], []), cat(a, a))
    e = cat([], [])
    e.append(1)
    print(e)
    for i in range(3):
        for x in [i] + [i * 10, i * 20]:
            print(x, end=" ")
    print()

    class L(list):
        pass

    class AddL(list):
        def __add__(self, other):
            return "AddL.__add__"

        def __radd__(self, other):
            return "AddL.__radd__"

    r = cat(L([1]), [2])
    print(r, type(r).__name__)
    r = cat([1], L([2]))
    print(r, type(r).__name__)
    print(cat(AddL([1]), [2]), cat([1], AddL([2])))
    x = [1]
    y = x
    x += [2]
    print(x, y, x is y)
    x = x + [3]
    print(x, y, x is y)
    for bad in ((1,), "s", None, 1):
        try:
            cat([1], bad)
        except TypeError as err:
            print("TypeError", err)
    try:
        cat((1,), [2])
    except TypeError as err:
        print("TypeError", err)
    big = list(range(1000))
    print(len(cat(big, big)), cat(big, big)[999:1001])
    nested = [[0]]
    out = cat(nested, nested)
    out[0].append(1)
    print(out, nested)


run()
calls = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "cat":
        calls.append(event)
    return tracer


sys.settrace(tracer)
print(cat([1], [2]))
sys.settrace(None)
print(calls)
