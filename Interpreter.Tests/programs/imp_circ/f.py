import imp_circ.e
F_VALUE = "f"
def use():
    try:
        return imp_circ.e.E_VALUE
    except AttributeError as ex:
        return "AttributeError: " + str(ex)
EARLY = use()
