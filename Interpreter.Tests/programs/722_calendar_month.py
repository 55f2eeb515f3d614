# calendar: text month and year layouts, leap years, weekday math, iterating weeks.
import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 10, w=3, l=1))
print(calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2024))
print(calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4))
print(calendar.day_name[calendar.weekday(1969, 7, 20)], list(calendar.month_abbr)[1:4])
print(calendar.monthcalendar(2023, 9))

cal = calendar.Calendar(firstweekday=calendar.SUNDAY)
print(list(cal.iterweekdays()))
print([d for d in cal.itermonthdays(2023, 2)][:10])
weeks = cal.monthdatescalendar(2023, 4)
print(len(weeks), weeks[0][0], weeks[-1][-1])

tc = calendar.TextCalendar(calendar.MONDAY)
print(tc.formatmonth(2025, 12))
print(tc.formatyear(2023, 2, 1, 1, 3)[:400])
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 3))
calendar.setfirstweekday(calendar.MONDAY)
print(calendar.timegm((2023, 1, 1, 0, 0, 0)))

html = calendar.HTMLCalendar().formatmonth(2023, 1)
print(html.splitlines()[:4])

def paydays(year):
    """Last Friday of each month."""
    out = []
    for m in range(1, 13):
        last = max(week[calendar.FRIDAY] for week in calendar.monthcalendar(year, m))
        out.append(f"{calendar.month_abbr[m]} {last}")
    return out
print(paydays(2024))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
