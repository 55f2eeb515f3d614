# conformance: full-stderr
def level3(d):
    raise KeyError(d)


def level2(d):
    level3(d)


def level1(d):
    level2(d)


print("calling")
level1("missing-key")
