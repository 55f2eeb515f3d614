# strftime/strptime round trips, the formats a log parser or report generator would use.
import os
import time

os.environ["TZ"] = "Europe/Berlin"
time.tzset()

FORMATS = [
    "%Y-%m-%d %H:%M:%S",
    "%d/%m/%y %I:%M %p",
    "%a, %d %b %Y %H:%M:%S %z",
    "%A %B %d %Y, week %W (day %j)",
    "%c",
    "%x %X",
    "%Y%m%dT%H%M%S",
]

for ts in [1_700_000_000, 1_719_792_000, 946_684_799]:
    lt = time.localtime(ts)
    print(f"-- {ts} {lt.tm_zone}")
    for fmt in FORMATS:
        text = time.strftime(fmt, lt)
        parsed = time.strptime(text, fmt)
        same = parsed[:6] == lt[:6] if "%S" in fmt or "%c" in fmt or "%X" in fmt else parsed[:3] == lt[:3]
        print(f"{fmt!r:36} {text!r:42} round-trip={same}")

print(time.strftime("%Z %z|%%|%U %w %e|%C %g %G %V %u", time.localtime(1_700_000_000)))
print(time.strftime("%Y-%m-%d", (2021, 0, 0, 0, 0, 0, 0, 0, 0)))   # zeros mean "lowest"
print(repr(time.strftime("", time.localtime(0))))
print(repr(time.strftime("plain text, no directives")))

# strptime: defaults, %z offsets, the default format, struct_time fields
print(time.strptime("2024", "%Y"))
print(time.strptime("Tue Nov 14 22:13:20 2023"))
p = time.strptime("14/11/23 10pm +0130", "%d/%m/%y %I%p %z")
print(p, p.tm_gmtoff, p.tm_zone)
p = time.strptime("2023-06-01 12:00 UTC", "%Y-%m-%d %H:%M %Z")
print(p.tm_isdst, p.tm_zone)
print(time.mktime(time.strptime("2024-03-31 03:00", "%Y-%m-%d %H:%M")))

for text, fmt in [("2023-13-01", "%Y-%m-%d"), ("12:61", "%H:%M"), ("2023-01-01 extra", "%Y-%m-%d"), ("2023", "%Q")]:
    try:
        time.strptime(text, fmt)
    except ValueError as e:
        print("ValueError:", e)
