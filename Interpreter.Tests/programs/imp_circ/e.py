import imp_circ.f
E_VALUE = "e"
def use():
    return imp_circ.f.F_VALUE
