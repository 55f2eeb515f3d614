def check(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    if n == 0:
        raise ZeroDivisionError
    return 10 / n
for n in [2, 0, -1]:
    try:
        print(check(n))
    except ValueError as e:
        print("ValueError", e)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", repr(e), str(e) == "")
try:
    try:
        raise TypeError("first")
    except TypeError:
        print("re-raising")
        raise
except TypeError as e:
    print("outer got", e)
try:
    raise Exception("a", 1, None)
except Exception as e:
    print(e.args, str(e))
e = ValueError("stored")
try:
    raise e
except ValueError as caught:
    print(caught is e)
try:
    raise KeyError("k")
except KeyError as e:
    print(str(e), repr(e))
class MyError(Exception):
    pass
try:
    raise MyError("custom")
except Exception as e:
    print(type(e).__name__, e, isinstance(e, MyError))
try:
    raise IndexError()
except IndexError as e:
    print(repr(e), e.args)
