def function_1(a, b=2, *, c=3):
    return function_3(a, b, c=c)


def function_2(*args, **kwargs):
    return function_1(*args, **kwargs)


def function_3(x, y, c=0, **options):
    return x + y + c + len(options)


def function_4(**kwargs):
    return sorted(kwargs)



def function_5(first, *rest, scale=1, **extra):
    total = first + sum(rest)
    total *= scale
    return total, extra

def start():
    print("function_1(1) =", function_1(1))
    print("function_2(1, b=5, c=7) =", function_2(1, b=5, c=7))
    print("function_3(*[1, 2], **{'c': 3}) =", function_3(*[1, 2], **{"c": 3}))
    print("function_4(**{'x': 1, 'y': 2}) =", function_4(**{"x": 1, "y": 2}))
    print("function_5(1, *(2, 3), scale=2, **{'tag': 't'}) =", function_5(1, *(2, 3), scale=2, **{"tag": "t"}))


# Call hierarchy example for the function__entry / function__return markers
# (see docs/instrumentation.md): trace it from start() on.
start()
