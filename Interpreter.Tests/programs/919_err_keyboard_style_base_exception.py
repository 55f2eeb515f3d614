# conformance: full-stderr
class Stop(BaseException):
    pass


try:
    raise Stop("not an Exception")
except Exception:
    print("not caught here")
