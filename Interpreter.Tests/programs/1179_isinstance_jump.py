# isinstance before a conditional jump (CALL 2 and BUILD_TUPLE n CALL 2, then POP_JUMP_IF_*):
# classes, subclasses, tuples and nested tuples, a metaclass with __instancecheck__, errors,
# settrace's lines, a shadowed isinstance.
import sys, traceback, os

def tb():
    # the traceback on stdout, the script's folder left out of its File lines
    here = os.path.dirname(os.path.abspath(__file__)) + os.sep
    for line in traceback.format_exc().splitlines():
        print(line.replace(here, ""))

data = [1, 2]
class A: pass
class B(A): pass
class C: pass
class Meta(type):
    def __instancecheck__(cls, o):
        print("check", type(o).__name__)
        return True
class M(metaclass=Meta): pass
objs = [A(), B(), C(), 1, "s", True, 1.5, M()]
hits = 0
for i in range(40):
    o = objs[i % 8]
    if isinstance(o, A):
        hits += 1
    if isinstance(o, (int, str)):
        hits += 2
    if not isinstance(o, (C, (float, M))):
        hits += 4
    if isinstance(o, M):
        hits += 8
    if isinstance(o, ((A, C), float)) or isinstance(o, ()):
        hits += 32
    while isinstance(o, bool):
        hits += 16
        break
print(hits)
def bad():
    try:
        if isinstance(1, 2):
            pass
    except TypeError:
        tb()
    try:
        if isinstance(1, (int, 2)) and isinstance(1, (str, 2)):
            pass
    except TypeError:
        tb()
bad()
class FS(float): pass
fs = FS(2.5)
print(isinstance(fs, float), isinstance(fs, (int, FS)), isinstance(2.5, FS))
if isinstance(fs, FS) and not isinstance(fs, int):
    print("float subclass")
class Cls:
    @property
    def __class__(self):
        print("__class__"); return int
print(isinstance(Cls(), int), isinstance(Cls(), (str, int)))
if isinstance(Cls(), (str, int)):
    print("via __class__")
def tr(frame, ev, arg):
    if ev == "line": print("line", frame.f_lineno - tr_base)
    return tr
tr_base = 0
def traced(o):
    n = 0
    if isinstance(o, int):
        n += 1
    if isinstance(o, (str, bytes)):
        n += 2
    return n + data[0] + data[1 - 1]
tr_base = traced.__code__.co_firstlineno
sys.settrace(tr)
print(traced(1), traced("s"))
sys.settrace(None)
isinstance = lambda o, c: print("mine") or True
if isinstance(1, str):
    print("shadowed")
