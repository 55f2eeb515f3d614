# object.__ne__ is object_richcompare's Py_NE: type(self)'s own __eq__, not reflected, inverted;
# a class that puts object.__ne__ in its dict (mock's _Call, a tuple subclass) gets that, not
# its builtin base's value comparison.
class T(tuple):
    def __eq__(self, other):
        print("T.__eq__ called"); return True
    __ne__ = object.__ne__
a = T((1,)); b = T((2,))
print(a != b)
print(object.__ne__(a, b))
class U:
    def __eq__(self, o): print("U.eq"); return NotImplemented
print(object.__ne__(U(), U()))
class L(list):
    def __eq__(self, o): return 'x'
print(object.__ne__(L(), []))
print(object.__ne__(1, 2), object.__ne__(1, 1), object.__ne__(1, "a"), object.__ne__("a", "a"))
class C(tuple):
    def __eq__(self, other): return tuple(self) == tuple(other)[:1]
    __ne__ = object.__ne__
print(C((1, 2)) != (1, 3), C((1, 2)) != (2,), (1, 3) != C((1, 2)))
class D(dict):
    def __eq__(self, o): return True
print(D() != {1: 2}, {1: 2} != D(), object.__ne__(D(), {1: 2}))
from unittest.mock import Mock, call, ANY
class Foo:
    def __eq__(self, other): pass
mock = Mock()
mock(Foo(), 1)
mock.assert_called_with(ANY, 1)
mock.assert_any_call(ANY, 1)
print(call(ANY, 1) != mock.call_args, call().foo != call().foo(), call().foo().bar != call().foo().baz)
