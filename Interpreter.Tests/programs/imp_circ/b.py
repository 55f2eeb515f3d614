print("b: start")
from imp_circ import a
print("b: a is partial; has A_EARLY:", hasattr(a, "A_EARLY"), "has A_LATE:", hasattr(a, "A_LATE"))
B_VALUE = "b value"
def b_func():
    return "b_func sees " + a.A_LATE
print("b: end")
