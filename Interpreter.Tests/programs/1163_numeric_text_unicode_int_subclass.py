import warnings
warnings.simplefilter('always')
warnings.showwarning = lambda message, category, *rest, **kw: print('warning:', category.__name__, message)
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: float('  ٣.١٤  ')); t(lambda: int('\u2003-3\u2002')); t(lambda: int('٣٤')); t(lambda: float('\u00a01.5\u2003')); t(lambda: float('\x1c2.5\x1f'))
for s in ['1_000.5', '1__0', '_1', '1_', '1.5_', '0x10', '1e1_0', '١_٢', '1_.5', '1._5', '1e_1', '-_1', 'in_f', ' nan ', '-Infinity', '\u0661\u0662e\u0663']:
    t(lambda: float(s))
for s in ['1_0', '٣', ' 0x_1 ', '1 0', '\u20031_2\u2003', '0_7', '00', '0_0']:
    t(lambda: int(s, 0))
t(lambda: float(memoryview(b'1.5'))); t(lambda: int(memoryview(b'12'))); t(lambda: int(bytearray(b' 12 '))); t(lambda: float(bytearray(b'2.5')))
t(lambda: float(b'123\xa0')); t(lambda: float(b'\xa0123')); t(lambda: float(b' 1_5 ')); t(lambda: int(b'\x1c5'))
class I(int):
    def __int__(self): return True
class J(int): pass
class K(int):
    def __int__(self): return 42
t(lambda: int(I(5))); t(lambda: type(int(J(5))).__name__); t(lambda: int(K(7))); t(lambda: type(J(5).__int__()).__name__); t(lambda: type(True.__index__()).__name__); t(lambda: (5).__int__())
import operator
t(lambda: operator.index(True)); t(lambda: type(operator.index(J(3))).__name__)
