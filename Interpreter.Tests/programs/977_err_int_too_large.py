# A big int that does not fit a float, in mixed arithmetic inside a loop: OverflowError escapes.
# conformance: full-stderr
def scale(values, factor):
    out = []
    for v in values:
        out.append(v * factor)
    return out

print(scale([1, 2, 2**100], 0.5))
print(scale([1, 2**2000], 0.5))
