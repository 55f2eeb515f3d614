# The TypeError of an in-place operator names the in-place form (`+=`, `**=`, ...), as CPython's
# PyNumber_InPlace* do; the plain form keeps its own message (`** or pow()` for **). Every operator
# over builtin operands, instances without the methods, instances whose __op__ (run inline) or
# __iop__ return NotImplemented, and the fused paths (`t += a + b`, `t += p.x`).
class A:
    pass

class B:
    def __iadd__(self, o):
        return NotImplemented

class N:
    def __add__(self, o):
        return NotImplemented
    def __pow__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return NotImplemented

ops = ['+', '-', '*', '@', '/', '//', '%', '**', '<<', '>>', '&', '|', '^']
cases = [('1', 'None'), ('[1]', '1.5'), ('A()', 'A()'), ('"s"', '1'), ('(1,)', '[2]'), ('B()', '2'),
         ('1.5', '"x"'), ('N()', '3'), ('2.5', '1j'), ('{1}', '[1]'), ('{}', '{1: 2}')]
if True:
    # bytes: only the operators whose messages are not the %-formatter's
    for form in ('+', '+=', '*', '*=', '-', '-='):
        for init, rhs in [('b"x"', '2.5'), ('bytearray(b"x")', '[1]'), ('2.5', 'b"x"'), ('b"ab"', '2')]:
            try:
                g = {}
                exec('x = ' + init + '\n' + ('x ' + form + ' ' + rhs if form.endswith('=') else 'y = x ' + form + ' ' + rhs), g)
                print(form, init, rhs, 'ok', g.get('y', g['x']))
            except TypeError as e:
                print(form, init, rhs, 'TypeError:', e)
for op in ops:
    for form in (op, op + '='):
        for init, rhs in cases:
            g = {'A': A, 'B': B, 'N': N}
            src = 'x = ' + init + '\n' + ('x ' + form + ' ' + rhs if form.endswith('=') else 'y = x ' + form + ' ' + rhs)
            try:
                exec(src, g)
                r = g.get('y', g['x'])
                print(form, init, rhs, 'ok', r if not isinstance(r, (A, B, N)) else type(r).__name__)
            except TypeError as e:
                print(form, init, rhs, 'TypeError:', e)
            except ZeroDivisionError as e:
                print(form, init, rhs, 'ZeroDivisionError:', e)

# inside functions: locals, fused operand forms, the inline __op__ of a Python class
class P:
    def __init__(self, x):
        self.x = x

def f1(t, s):
    t += s
    return t
def f2(t, a, b):
    t += a + b
    return t
def f3(t, p):
    t += p.x
    return t
def f4(t, p, q):
    t **= p.x + q.x
    return t
def f5(n):
    n -= 1
    n <<= None
    return n
for fn, args in [(f1, (0, "ab")), (f2, (0, "a", "b")), (f3, (1, P(None))), (f3, (N(), P(1))),
                 (f4, (2, P(1), P(2))), (f4, (2, P("a"), P("b"))), (f4, (N(), P(1), P(2))), (f5, (3,))]:
    try:
        print(fn.__name__, fn(*args))
    except TypeError as e:
        print(fn.__name__, "TypeError:", e)

# a loop whose in-place operator turns unsupported half-way
def acc(items):
    t = 0
    for it in items:
        t += it
    return t
try:
    acc([1, 2, 3.5, "x"])
except TypeError as e:
    print("acc TypeError:", e)
