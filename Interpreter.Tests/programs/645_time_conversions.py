# Calendar conversions with fixed timestamps under fixed time zones (TZ set through os.environ + tzset).
import os
import time

STAMPS = [0, 86399, 951782400, 1_600_000_000, 1_700_000_000.75, -86400.5, 1_711_846_800]

for zone in ["UTC", "Europe/Berlin", "America/New_York", "Australia/Sydney"]:
    os.environ["TZ"] = zone
    time.tzset()
    print(f"== {zone}: timezone={time.timezone} altzone={time.altzone} daylight={time.daylight} tzname={time.tzname}")
    for ts in STAMPS:
        lt = time.localtime(ts)
        back = time.mktime(lt)
        print(f"{ts!r:>16} -> {lt.tm_year:04d}-{lt.tm_mon:02d}-{lt.tm_mday:02d} {lt.tm_hour:02d}:{lt.tm_min:02d}:{lt.tm_sec:02d}"
              f" wday={lt.tm_wday} yday={lt.tm_yday} dst={lt.tm_isdst} {lt.tm_zone} {lt.tm_gmtoff:+d}  mktime={back!r}")
    print(time.ctime(1_700_000_000), "|", time.asctime(time.localtime(1_600_000_000)))

# gmtime ignores TZ; struct_time is a 9-tuple with two extra named fields
g = time.gmtime(1_234_567_890)
print(g)
print(g.tm_zone, g.tm_gmtoff, len(g), g[:3], g[-1], tuple(g) == g)
year, month, day, *_ = g
print(year, month, day, time.asctime(g))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields, time._STRUCT_TM_ITEMS)

# mktime normalises out-of-range fields the way C's mktime does
os.environ["TZ"] = "UTC"
time.tzset()
print(time.mktime((2024, 1, 31 + 29 + 1, 0, 0, 0, 0, 0, 0)) == time.mktime((2024, 3, 1, 0, 0, 0, 0, 0, 0)))
print(time.gmtime(time.mktime((2023, 12, 31, 23, 59, 60, 0, 0, 0)))[:6])

# a struct_time built by hand keeps its zone fields
s = time.struct_time((2020, 2, 29, 12, 30, 0, 5, 60, 0, "CET", 3600))
print(s, s.tm_zone, s.tm_gmtoff)
print(time.struct_time((2020, 2, 29, 12, 30, 0, 5, 60, 0)).tm_zone)
match time.gmtime(0):
    case time.struct_time(tm_year=1970, tm_mon=m):
        print("epoch month", m)

# the clocks: right types and directions, not values
t0, m0, p0 = time.time(), time.monotonic(), time.perf_counter_ns()
time.sleep(0.01)
print(time.time() >= t0, time.monotonic() - m0 >= 0.009, time.perf_counter_ns() > p0)
print(type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__, type(time.process_time()).__name__, type(time.thread_time_ns()).__name__)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1, time.clock_gettime_ns(time.CLOCK_MONOTONIC) > 0)
print(time.clock_getres(time.CLOCK_MONOTONIC), time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID)
for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    print(name, time.get_clock_info(name))
