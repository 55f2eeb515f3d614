def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("cannot divide", a, "by zero")
        return None
    else:
        print("divided fine")
        return result
    finally:
        print("finally for", a, b)
print(divide(6, 3))
print(divide(1, 0))
try:
    int("abc")
except (TypeError, ValueError) as e:
    print("caught", type(e).__name__, e)
try:
    [][1]
except LookupError as e:
    print("lookup:", type(e).__name__, e.args)
try:
    {}["k"]
except IndexError:
    print("wrong")
except KeyError as e:
    print("key error", e, repr(e))
try:
    try:
        1 / 0
    except ValueError:
        print("inner wrong handler")
except ZeroDivisionError:
    print("outer caught")
try:
    raise RuntimeError("boom")
except Exception as exc:
    saved = exc
print(type(saved).__name__, saved, saved.args)
try:
    pass
except Exception:
    print("no")
else:
    print("else runs when nothing raised")
def nested():
    try:
        return "try"
    finally:
        print("finally before return")
print(nested())
try:
    undefined_name
except NameError as e:
    print(e)
