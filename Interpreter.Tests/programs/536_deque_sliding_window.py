# collections.deque as a bounded sliding window and a work queue.
from collections import deque


def moving_average(values, width):
    window = deque(maxlen=width)
    total = 0
    for v in values:
        if len(window) == width:
            total -= window[0]
        window.append(v)
        total += v
        if len(window) == width:
            yield round(total / width, 2)


print(list(moving_average([3, 5, 7, 2, 8, 10, 11, 65, 72, 81, 99, 100, 150], 3)))

recent = deque(["a", "b", "c"], maxlen=3)
recent.append("d")
recent.appendleft("z")
print(recent, recent.maxlen, len(recent))

# Breadth-first search with popleft.
graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}
seen, order, todo = {"A"}, [], deque(["A"])
while todo:
    node = todo.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            todo.append(nxt)
print(" -> ".join(order))

d = deque(range(10))
d.rotate(3)
print(d)
d.rotate(-5)
print(d, d[0], d[-1], 4 in d, d.index(7), d.count(3))
d.extendleft("xy")
d.insert(2, "mid")
d.remove(0)
print(d)
d.reverse()
print(list(d)[:4], list(reversed(d))[:4])
print(d.pop(), d.popleft(), len(d))
c = d.copy()
c[0] = "changed"
del c[1]
print(c == d, c != d, deque([1, 2]) < deque([1, 3]), deque([1, 2]) + deque([3]), deque("ab") * 2)
d.clear()
print(d, bool(d))

for op in (lambda: deque().pop(), lambda: deque([1]).index(2), lambda: deque([1], maxlen=1).insert(0, 2),
           lambda: deque([1])[5], lambda: deque([1]) + [2], lambda: deque(maxlen=-1), lambda: hash(deque())):
    try:
        op()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

it = iter(deque([1, 2, 3]))
q = deque([1, 2, 3])
it = iter(q)
next(it)
q.append(4)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print(deque([1, 2], maxlen=4).__reduce__()[:2], type(iter(deque())).__name__)
