def log_call(func):
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        print(f"call {func.__name__}({', '.join(parts)})")
        result = func(*args, **kwargs)
        print(f" -> {result!r}")
        return result
    return wrapper
@log_call
def add(a, b=0, *rest, scale=1):
    return (a + b + sum(rest)) * scale
add(1)
add(1, 2)
add(1, 2, 3, 4, scale=10)
add(b=5, a=1)
args = (7, 8)
opts = {"scale": 2}
add(*args, **opts)
def partial(f, *fixed, **fixed_kw):
    def g(*more, **more_kw):
        return f(*fixed, *more, **{**fixed_kw, **more_kw})
    return g
add10 = partial(add, 10, scale=3)
add10(1)
add10(1, 2, scale=1)
