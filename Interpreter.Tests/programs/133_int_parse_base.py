for s, b in [("1010", 2), ("777", 8), ("ff", 16), ("FF", 16), ("z", 36), ("10", 3), ("-101", 2), ("0x1A", 16), ("0b101", 0), ("0o77", 0), ("0xdead_beef", 0), ("123", 0), ("  42\n", 10), ("1_2_3", 10)]:
    print(repr(s), b, int(s, b))
for bad, b in [("2", 2), ("08", 0), ("", 10), ("1__0", 10), ("_1", 10), ("0x", 16), ("12", 37)]:
    try:
        print(int(bad, b))
    except ValueError as e:
        print("ValueError:", e)
print(int("٣"), int("1" * 40))
print(int(-0.9), int(1e10), int("-0"), int(b"42"))
