# conformance: full-stderr
# A pattern may bind each name once.
def swap(pair):
    match pair:
        case [x, [y, x]]:
            return y, x
    return None
