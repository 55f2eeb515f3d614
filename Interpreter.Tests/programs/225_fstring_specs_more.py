x, y, name = 3.14159, 42, "world"
width, prec = 10, 3
print(f"{x:.2f} {y:05d} {name!r} {name:>{width}} {x:{width}.{prec}f}|")
print(f"{y:#b} {y:#o} {y:#x} {y:,} {2**40:_} {-y:+} {y: }")
print(f"{0.000012345:.3e} {123456789.0:g} {0.5:%} {1/3:.2%}")
print(f"{'nested ' + name.upper():^20}|")
print(f"{[1, 2, 3]!s:>12}|{ {'a': 1}['a'] }|{(lambda v: v * 2)(5)}")
print(f"{y=} {x=:.1f} {name = }")
print(f"{'{'}{'}'} {{}} {{{y}}}")
items = ["apple", "kiwi", "banana"]
for i, it in enumerate(items, 1):
    print(f"{i:>2}. {it:<8}|{len(it):^5}|{it[0].upper()}")
print(f"{3 if y > 40 else 4} {y > 40!s} {'yes' if not x else 'no'}")
print(f"""multi
line {y}""")
nums = [1.5, 22.25, 333.125]
print(" ".join(f"{n:8.2f}" for n in nums))
print(f"{y:{'>' if y else '<'}10}|")
val = 1234.5
print(f"{val:,.2f} {val:>12,.1f} {val:e} {int(val):x}")
import math
print(f"{math.pi:.10f} {math.e:.3g} {math.inf} {-math.inf:>6} {math.nan}")
b = b"bytes"
print(f"{b} {b!r} {b.decode()}")
print(repr(f"{'tab':\t>6}"), f"{'pad':~^11}")
print(f"{True:d} {False:>5} {None!r:>6}")
print(f"{12345678901234567890:,}", f"{-0.0:.1f}", f"{1e16:.0f}", f"{255:08X}")
