# A generator driven by sum() raises on item k, uncaught: the traceback runs through the
# call of sum and the generator expression's frame.
# conformance: full-stderr
def ratios(values):
    return sum(100 // v for v in values)


print(ratios([1, 2, 4]))
print(ratios([5, 10, 0, 20]))
