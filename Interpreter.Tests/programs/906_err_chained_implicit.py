# conformance: full-stderr
def cleanup():
    raise RuntimeError("cleanup failed")


try:
    raise TypeError("original problem")
except TypeError:
    cleanup()
