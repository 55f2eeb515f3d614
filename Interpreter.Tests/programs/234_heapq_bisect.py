import heapq, bisect
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, h[0])
print([heapq.heappop(h) for _ in range(3)], h)
print(heapq.heappushpop(h, 4), heapq.heapreplace(h, 10), h)
data = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(data)
print(data)
print(heapq.nsmallest(3, [5, 1, 4, 1, 9]), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper)))
tasks = []
for prio, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 0), bisect.bisect_right(a, 9))
bisect.insort(a, 3); bisect.insort_left(a, 4)
print(a)
grades = [(60, "D"), (70, "C"), (80, "B"), (90, "A")]
print([grades[bisect.bisect([g for g, _ in grades], s) - 1][1] if s >= 60 else "F" for s in [55, 60, 75, 89, 90, 100]])
