def f():
    try:
        return 1
    finally:
        return 2
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                return "returned at " + str(i)
        finally:
            print("cleanup", i)
print(g())
def h():
    log = []
    try:
        try:
            log.append("try")
            raise ValueError("v")
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("handled")
    finally:
        log.append("outer finally")
    return log
print(h())
def swallow():
    try:
        raise KeyError("x")
    finally:
        return "swallowed"
print(swallow())
x = 0
while True:
    try:
        x += 1
        if x == 3:
            break
    finally:
        print("loop finally", x)
print("x =", x)
def order():
    try:
        print("a")
        return "r"
    except Exception:
        print("never")
    else:
        print("never either")
    finally:
        print("b")
print(order())
