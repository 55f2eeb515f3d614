# Exceptions across with-blocks and finally: ordering, suppression, return overriding, context chaining
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a"), CM("b", suppress=True), CM("c"):
    raise ValueError("v")
print("after nested")
def finally_return():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"
print(finally_return())
def finally_overrides():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(finally_overrides())
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_finally())
try:
    try:
        raise ValueError("first")
    finally:
        print("cleanup")
except ValueError as e:
    print("outer caught", e)
try:
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
except TypeError as e:
    print(e, "| context:", repr(e.__context__))
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with BadExit():
        raise ValueError("body")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
class BadEnter:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with BadEnter():
        print("never")
except OSError as e:
    print("OSError:", e)
try:
    with CM("x"):
        try:
            raise IndexError("inner")
        except IndexError:
            raise KeyError("during handling")
except KeyError as e:
    print("chain:", repr(e), repr(e.__context__))
def gen_ctx():
    with CM("gen"):
        yield 1
        yield 2
g = gen_ctx()
print(next(g))
g.close()
print("gen closed")
try:
    with CM("noexit-attr"):
        pass
    with object():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
def nested_finally_depth():
    log = []
    try:
        try:
            try:
                1 / 0
            finally:
                log.append(1)
        finally:
            log.append(2)
    except ZeroDivisionError:
        log.append("caught")
    finally:
        log.append(3)
    return log
print(nested_finally_depth())
for suppress in (False, True):
    try:
        with CM("s", suppress):
            raise LookupError("lk")
        print("suppressed body continues")
    except LookupError:
        print("not suppressed")
