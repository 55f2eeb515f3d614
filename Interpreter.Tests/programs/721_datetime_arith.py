# datetime: building dates, arithmetic with timedelta, formatting, parsing, time zones.
from datetime import date, time, datetime, timedelta, timezone

release = date(2023, 3, 14)
print(release, repr(release), release.isoformat(), release.weekday(), release.isoweekday())
print(release.strftime("%A %d %B %Y, day %j, week %U"))
print(release + timedelta(days=30), release - date(2023, 1, 1))
print(release.replace(month=12, day=31).toordinal() - release.toordinal())
print(date.fromisoformat("2024-02-29"), date.fromordinal(738000), tuple(release.isocalendar()), release.isocalendar().week)
print(release.ctime())

meeting = datetime(2023, 11, 5, 9, 30, 15, 250000)
print(meeting, repr(meeting))
print(meeting.isoformat(), meeting.isoformat(sep=" ", timespec="minutes"))
print(meeting.strftime("%Y-%m-%d %H:%M:%S.%f %p %I"))
later = meeting + timedelta(hours=49, minutes=45)
print(later, later - meeting, (later - meeting).total_seconds())
print(meeting.date(), meeting.time(), datetime.combine(release, time(18, 0)))

d = timedelta(days=-1, seconds=3600)
print(d, repr(d), abs(d), d * 3, d / 2, timedelta(hours=5) // timedelta(minutes=7))
print(timedelta(weeks=2, days=3, hours=4, milliseconds=5), timedelta(microseconds=-1))
print(divmod(timedelta(hours=25), timedelta(hours=24)))

utc = timezone.utc
cet = timezone(timedelta(hours=1), "CET")
ist = timezone(timedelta(hours=5, minutes=30))
flight = datetime(2023, 6, 1, 22, 15, tzinfo=cet)
print(flight, flight.tzname(), flight.utcoffset())
print(flight.astimezone(utc), flight.astimezone(ist), ist)
print(flight.astimezone(ist).isoformat())
print(flight == flight.astimezone(utc), flight.timestamp())
print(datetime.fromtimestamp(1700000000, tz=utc))
print(datetime.fromisoformat("2023-07-04T12:30:00+02:00"))
print(datetime.fromisoformat("2023-07-04 12:30:00.123456"))
print(datetime.strptime("05/11/23 14:07", "%d/%m/%y %H:%M"))
print(datetime.strptime("2021-W05-3", "%G-W%V-%u"))

t = time(23, 59, 59, 999999)
print(t, t.isoformat(timespec="milliseconds"), t.replace(hour=0), time.fromisoformat("07:05"))

schedule = [datetime(2023, 1, 1) + timedelta(days=10 * i) for i in range(5)]
print([s.strftime("%b %d") for s in schedule])
print(sorted([date(2020, 5, 1), date(2019, 12, 31), date(2020, 1, 1)]))
print(max(schedule) - min(schedule), date.min, date.max, timedelta.max)

for bad in ["2023-02-30x", "not a date"]:
    try:
        date.fromisoformat(bad)
    except ValueError as e:
        print("ValueError:", e)
for y, m, d in [(2023, 2, 29), (2023, 13, 1)]:
    try:
        date(y, m, d)
    except ValueError:
        print("ValueError for", (y, m, d))
try:
    datetime(2023, 1, 1) - datetime(2023, 1, 1, tzinfo=utc)
except TypeError:
    print("TypeError: naive minus aware")
