import sys
print(sys.version_info[0], sys.version_info >= (3, 0), type(sys.version).__name__)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(type(sys.argv).__name__, len(sys.argv))
print("sys" in sys.modules, "__main__" in sys.modules, type(sys.path).__name__)
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print("write returned", n)
sys.stdout.flush()
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder)
print(isinstance(sys.float_info.max, float), sys.float_info.dig)
print(__name__, sys.modules["__main__"].__name__)
def depth():
    try:
        return 1 + depth()
    except RecursionError:
        return 1
sys.setrecursionlimit(300)
d = depth()
print(200 < d < 300)
sys.setrecursionlimit(1000)
try:
    sys.exit(5)
except SystemExit as e:
    print("SystemExit code", e.code)
print(print is sys.modules["builtins"].print)
