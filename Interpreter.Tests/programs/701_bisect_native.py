# bisect's functions come from the _bisect accelerator: searching and inserting in sorted data.
import bisect
import _bisect

print(bisect.bisect is _bisect.bisect_right, bisect.insort is _bisect.insort_right)


def grade(score, breakpoints=(60, 70, 80, 90), grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100)])

scores = [10, 20, 20, 30]
print(bisect.bisect_left(scores, 20), bisect.bisect_right(scores, 20))
print(bisect.bisect_left(scores, 20, 2), bisect.bisect_right(scores, 20, hi=2))
bisect.insort_left(scores, 20)
bisect.insort(scores, 25)
print(scores)

events = [(1, 'boot'), (5, 'login'), (9, 'logout')]
bisect.insort(events, (7, 'update'), key=lambda e: e[0])
print(events)
print(bisect.bisect_left(events, 5, key=lambda e: e[0]))


class Log(list):
    def insert(self, index, item):
        print('insert at', index)
        super().insert(index, item)


log = Log([1, 3])
bisect.insort(log, 2)
print(log)

for bad in ((scores, 1, -1), (5, 1)):
    try:
        bisect.bisect(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
