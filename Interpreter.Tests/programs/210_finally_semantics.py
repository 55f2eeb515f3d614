def f1():
    try:
        return "try"
    finally:
        print("finally runs before return")

def f2():
    try:
        return "try"
    finally:
        return "finally wins"

def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"

def f4():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def f5():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)

def f6():
    try:
        try:
            raise KeyError("a")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
    else:
        print("no else")
    finally:
        print("outer finally")

def f7():
    try:
        pass
    except Exception:
        print("never")
    else:
        print("else runs")
        return "from else"
    finally:
        print("finally after else")

def f8(n):
    log = []
    while n > 0:
        try:
            n -= 1
            if n == 2:
                raise ValueError(n)
            log.append(n)
        except ValueError as e:
            log.append("err%d" % e.args[0])
            continue
        finally:
            log.append("f")
    return log

print(f1())
print(f2())
print(f3())
print(f4())
print(f5())
f6()
print(f7())
print(f8(4))

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
g = gen()
print(next(g))
g.close()
print("after close")

def nested_returns():
    try:
        try:
            return 1
        finally:
            print("inner")
    finally:
        print("outer")
print(nested_returns())

class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return False
def with_return():
    with CM():
        return "returned from with"
print(with_return())
try:
    with CM():
        raise ValueError
except ValueError:
    print("propagated")
