# conformance: full-stderr
# time's argument checking, then an uncaught error from strftime with an impossible month.
import time

checks = [
    lambda: time.gmtime("yesterday"),
    lambda: time.localtime(float("nan")),
    lambda: time.localtime(1e300),
    lambda: time.gmtime(10**17),
    lambda: time.mktime((2024, 1, 1)),
    lambda: time.mktime([2024, 1, 1, 0, 0, 0, 0, 1, 0]),
    lambda: time.mktime((2024, 1, 1, 0, 0, 0.5, 0, 1, 0)),
    lambda: time.asctime((2024, 1, 1, 25, 0, 0, 0, 1, 0)),
    lambda: time.asctime((2024, 1, 1, 0, 0, 0, -2, 1, 0)),
    lambda: time.strftime("%Y", (2024, 1, 1, 0, 0, 0, 0, 400, 0)),
    lambda: time.strftime(20240101),
    lambda: time.strftime("a\0b"),
    lambda: time.clock_gettime(12345),
    lambda: time.get_clock_info("wall"),
    lambda: time.struct_time((2024, 1)),
    lambda: time.strptime(20240101),
    lambda: time.strptime("2024-01-01", "%Y/%m/%d"),
    lambda: time.localtime(1, 2),
    lambda: time.sleep(-1),
]
for check in checks:
    try:
        check()
    except (TypeError, ValueError, OverflowError, OSError) as e:
        print(f"{type(e).__name__}: {e}")


def render(month):
    return time.strftime("%B", (2024, month, 1, 0, 0, 0, 0, 1, 0))


print(render(12))
print(render(13))
