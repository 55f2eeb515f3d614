# invalid escape sequences in str, bytes and f-string literals: CPython 3.11's DeprecationWarning for the
# first one of each literal (an octal escape above 0o377 included), a SyntaxError under an error filter.
import warnings
srcs = [r"x = '\d'", r"x = '\d\q'", r"x = b'\d'", r"x = '\777'", r"x = f'a\d{1}'", r"x = '''a" + "\n" + r"\d'''", r"x = r'\d'", r"x = '\N{DIGIT ONE}\p'", r"x = u'\%'"]
for s in srcs:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        compile(s, "e.py", "exec")
    print(repr(s), [(str(x.message), x.category.__name__, x.lineno) for x in w])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(s, "e.py", "exec")
        except SyntaxError as e:
            print("  error:", e.msg, e.lineno)
