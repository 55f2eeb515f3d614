# conformance: full-stderr
# Ordering comparisons between complex numbers are not defined.
def largest(values):
    best = values[0]
    for v in values[1:]:
        if v > best:
            best = v
    return best


print(largest([3, 1.5, 7]))
print(largest([1 + 1j, 2 - 1j]))
