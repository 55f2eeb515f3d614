print("d: start")
from imp_circ.c import C_VALUE
D_VALUE = "d value"
