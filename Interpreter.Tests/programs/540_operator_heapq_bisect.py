# operator's getters for sorting, heapq merging and top-n, bisect with key=.
import bisect
import heapq
import operator
from operator import attrgetter, itemgetter, methodcaller

rows = [("carol", 31, "NYC"), ("alice", 25, "LA"), ("bob", 31, "SF"), ("dave", 22, "NYC")]
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(2), rows)), itemgetter(slice(0, 2))("abcdef"))


class Employee:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary

    def __repr__(self):
        return f"Employee({self.name!r})"


staff = [Employee("Ann", "ops", 50), Employee("Bo", "dev", 70), Employee("Cy", "dev", 60)]
print(sorted(staff, key=attrgetter("dept", "salary")))
print(sorted(["  b", "a ", " c"], key=methodcaller("strip")), methodcaller("split", ",", 1)("x,y,z"))
print(itemgetter(1), attrgetter("a.b"), methodcaller("m", 1, k=2))
print(operator.add(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.neg(5))
print(operator.lt(1, 2), operator.eq([1], [1]), operator.is_(None, None), operator.not_(0), operator.truth([]))
print(operator.contains("team", "ea"), operator.getitem({"k": 9}, "k"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
lst = [1, 2]
print(operator.iadd(lst, [3]), lst, operator.length_hint(iter(range(5))), operator.concat([1], [2]))
print(operator.__name__, operator.add.__name__, operator.itemgetter.__name__)

print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))
print(list(heapq.merge(["apple", "fig"], ["kiwi", "banana"], key=len)))
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, rows, key=itemgetter(1)))
h = []
for task in [(3, "write"), (1, "plan"), (2, "code"), (5, "ship")]:
    heapq.heappush(h, task)
print([heapq.heappop(h) for _ in range(2)], heapq.heappushpop(h, (0, "idea")), heapq.heapreplace(h, (4, "test")), sorted(h))
nums = [9, 7, 5, 3, 1]
heapq.heapify(nums)
print(nums)

grades = [(60, "D"), (70, "C"), (80, "B"), (90, "A")]
print([grades[bisect.bisect([g[0] for g in grades], s) - 1][1] if s >= 60 else "F" for s in (33, 99, 77, 70, 89, 90, 100)])
scores = []
for name, score in [("x", 70), ("y", 50), ("z", 90), ("w", 70)]:
    bisect.insort(scores, (name, score), key=itemgetter(1))
print(scores)
print(bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 3], 2), bisect.bisect_left(scores, 70, key=itemgetter(1)))
try:
    bisect.insort([], 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)
