import operator as op
print(op.add(2, 3), op.sub(5, 1), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5))
print(op.neg(5), op.abs(-3), op.not_(0), op.truth([]), op.eq(1, 1.0), op.lt(1, 2), op.ge(1, 2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(0), op.lshift(1, 4), op.rshift(16, 2))
print(op.concat("ab", "cd"), op.contains([1, 2], 2), op.getitem("abc", 1), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
get1 = op.itemgetter(1)
get02 = op.itemgetter(0, 2)
print(get1("xyz"), get02("xyz"), get1({1: "one"}))
class O:
    def __init__(self):
        self.a = 1
        self.b = O2()
class O2:
    c = "deep"
print(op.attrgetter("a")(O()), op.attrgetter("b.c")(O()), op.attrgetter("a", "b.c")(O()))
up = op.methodcaller("replace", "a", "A")
print(up("banana"))
l = [1, 2, 3]
op.setitem(l, 0, 10)
op.delitem(l, 1)
print(l, op.is_(None, None), op.is_not(1, None))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=op.itemgetter(1)))
x = [1]
x = op.iadd(x, [2])
print(x)
import functools
print(functools.reduce(op.mul, range(1, 11)))
