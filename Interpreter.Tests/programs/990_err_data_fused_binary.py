# conformance: full-stderr
# A TypeError raised deep in a chain of fused arithmetic: the traceback points at the operator
# that failed, on its own line, not at the loads before it.
def weighted_total(weights, values):
    total = 0
    for i in range(len(values)):
        w = weights[i]
        total += (w *
                  values[i]
                  + i)
    return total


print(weighted_total([1, 2, 3], [10, 20, 30]))
print(weighted_total([1, 2, 3], [10, 20, "30"]))
