# -2**63 (the one long whose Math.Abs overflows) mixed with floats, in comparisons, true division,
# float chains, sum and hashing; and repetition counts past 64 bits: CPython's results, never an
# internal error.
m = -2**63
for e in ["1.5 + m", "m + 1.5", "1.5 * m * 2.0", "x = 2.0; x * x + m", "m < 1.5", "1.5 > m", "m / 3", "3 / m", "abs(m)", "-m", "m // -1", "m % -1", "divmod(m, -1)", "float(m)", "m * 1.0 - 1.0", "sum([1.5, m])", "sum([m, m])", "[m][0] * 0.5", "(0.5).__mul__(m)", "m ** 2", "hash(m)", "hash(float(m))", "round(m, -2)", "m.bit_length()", "int(-9.223372036854775808e18)", "m == float(m)"]:
    try:
        if e.startswith("x ="):
            x = 2.0; print(e, "=", x * x + m)
        else:
            print(e, "=", eval(e))
    except Exception as ex:
        print(e, type(ex).__name__, ex)

tests2 = ["1.5 == 2**70", "1.5 < 2**70", "1.5 == -2**63", "(1.5).__eq__(-2**63)", "(1.5).__lt__(2**70)", "5 / -2**63", "(5).__truediv__(-2**63)", "-2**63 / 5", "(5).__rtruediv__(-2**63)", "'ab' * 2**70", "'ab'.__mul__(2**62)", "[1,2].remove(2**70)", "b'ab'.hex('x', 2**70)", "b'ab'.hex(':', -2**63)", "str.maketrans(1)", "(5).__getattribute__(1)", "float('nan') == 2**70", "1e300 < 2**1100", "-2**63 // -1", "(-2**63) % -1", "abs(-2**63)", "-(-2**63)"]
for t in tests2:
    try:
        r = eval(t)
        print(t, "=", str(r)[:40])
    except Exception as e:
        print(t, type(e).__name__, str(e)[:80])
