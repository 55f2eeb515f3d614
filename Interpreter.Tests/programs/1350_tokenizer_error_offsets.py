# The positions of the tokenizer's own errors, as CPython's: a point (end_offset = offset) for an
# invalid literal or character and for f-string errors; the leading-zeros range ends after the first
# non-zero digit; "'(' was never closed" has end_offset 0.
cases = ["0777", "0_7", "09", "00000123", "1_", "1__0", "0x", "0b2", "0o8", "1e", "1e+", "5j_", "1.2.3", "0x_", "12abc",
         "€ = 1", "a = \u00a0 1", "f'{'", "f'{a!x}'", "f'{}'", "f'}'", "'abc", '"""abc', "x = (1,", "[1, 2",
         "x = 1 +", "\\", "a $ b", "[1 2]", "print 1", "def f(:\n  pass", "if x\n  y"]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
