print("a: start")
A_EARLY = "a early"
from imp_circ import b
print("a: b imported, b.B_VALUE =", b.B_VALUE)
A_LATE = "a late"
def a_func():
    return "a_func sees " + b.b_func()
print("a: end")
