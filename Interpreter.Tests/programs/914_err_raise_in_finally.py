# conformance: full-stderr
def work():
    try:
        raise ValueError("in body")
    finally:
        raise KeyError("in finally")


work()
