print("c: start")
from imp_circ.d import D_VALUE
C_VALUE = "c value"
