import imp_local
imp_local.LOADED.append(__name__)
def compute(n):
    return sum(i * i for i in range(n))
