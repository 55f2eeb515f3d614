def show(fn):
    try:
        fn()
    except BaseException as e:
        print(f"{type(e).__name__}: {e}")
def two(a, b):
    return a + b
show(lambda: two(1))
show(lambda: two(1, 2, 3))
show(lambda: two(1, c=2))
show(lambda: len())
show(lambda: len([], []))
show(lambda: int([]))
show(lambda: float([]))
show(lambda: [1, 2]["x"])
show(lambda: "abc"[1.5])
show(lambda: (1, 2) + [3])
show(lambda: {1, 2} + {3})
show(lambda: 3 - "x")
show(lambda: "abc" - "b")
show(lambda: [1] * 1.5)
show(lambda: 10 ** -1 // 0)
show(lambda: divmod(1, 0))
show(lambda: [].remove(1))
show(lambda: "a,b".split(1))
show(lambda: dict(1))
show(lambda: object().x)
show(lambda: setattr(1, "x", 2))
show(lambda: int("9" * 3, 2))
show(lambda: list(range(3))[-4])
class C:
    def m(self):
        pass
show(lambda: C().m(1))
show(lambda: C(1))
show(lambda: C.nope)
show(lambda: C().nope)
import math
show(lambda: math.sqrt(-1))
show(lambda: math.nope)
