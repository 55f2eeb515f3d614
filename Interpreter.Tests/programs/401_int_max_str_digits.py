# The int <-> str conversion limit (sys.get_int_max_str_digits / set_int_max_str_digits).
import sys

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)

big = 10 ** 4299
print(len(str(big)), len(repr(-big)), len(f"{big}"))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)
try:
    int("7" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(int("7" * 4300) % 1000)

# Power-of-two bases are linear-time and never limited.
huge = 1 << 20000
print(len(hex(huge)), len(bin(huge)), len(oct(huge)), len(f"{huge:x}"))
print(int("f" * 6000, 16) == 16 ** 6000 - 1, int("1" * 20000, 2).bit_length())

sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
for text in ("9" * 1000, "9" * 1001, "-" + "9" * 1001, "1_000" * 300):
    try:
        print("parsed", len(str(int(text))))
    except ValueError as e:
        print("ValueError:", e)
for value in (10 ** 999, -(10 ** 999), 10 ** 1000):
    try:
        print("formatted", len(str(value)))
    except ValueError as e:
        print("ValueError:", e)
for fmt in ("{:d}", "{:,}", "{:>5}"):
    try:
        print(len(fmt.format(10 ** 1200)))
    except ValueError as e:
        print("ValueError:", e)
try:
    print("%d" % (10 ** 1200))
except ValueError as e:
    print("ValueError:", e)
print(int("12" * 400, 3) > 0, len(str(2 ** 3000)))
try:
    int("12" * 600, 3)
except ValueError as e:
    print("ValueError:", e)

for bad in (100, 639, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.set_int_max_str_digits("1000")
except TypeError as e:
    print("TypeError:", e)

sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits(), len(str(10 ** 639)))
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10 ** 20000)), len(str(int("5" * 30000))))
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits())
