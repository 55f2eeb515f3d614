# A builtin called with an argument it rejects, uncaught: the traceback points at the call.
# conformance: full-stderr
def sizes(items):
    return [len(x) for x in items]


print(sizes(["ab", [1, 2, 3]]))
print(sizes(["ab", 3]))
