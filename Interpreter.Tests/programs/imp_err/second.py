from imp_err.first import VALUE
def helper():
    return 1
