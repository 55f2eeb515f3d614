# A job scheduler on heapq (the native _heapq): priorities, ties broken by arrival, a top-k report,
# int subclasses that order themselves, and the C module's argument errors.
import heapq
import _heapq

jobs = []
arrival = 0
for name, prio in [("backup", 5), ("email", 1), ("build", 3), ("deploy", 1), ("lint", 4), ("test", 3)]:
    heapq.heappush(jobs, (prio, arrival, name))
    arrival += 1
print("next:", jobs[0][2])
order = [heapq.heappop(jobs)[2] for _ in range(len(jobs))]
print("run order:", order)

# heapify in place, then replace the smallest and push-pop a newcomer.
latencies = [87, 12, 45, 3, 99, 27, 61, 8]
heapq.heapify(latencies)
print("smallest:", latencies[0])
print("replaced:", heapq.heapreplace(latencies, 50), "->", latencies[0])
print("pushpop 1:", heapq.heappushpop(latencies, 1), "pushpop 70:", heapq.heappushpop(latencies, 70))
print("sorted drain:", [heapq.heappop(latencies) for _ in range(len(latencies))])

scores = {"ann": 88, "bob": 95, "cid": 70, "dee": 95, "eve": 81}
print("top 3:", heapq.nlargest(3, scores, key=scores.get))
print("bottom 2:", heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1]))
print("merged:", list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))
print("merged desc:", list(heapq.merge([9, 4, 1], [10, 3, 2], reverse=True)))

class Urgency(int):
    """Bigger is more urgent: the heap's `<` is this class's own."""
    def __lt__(self, other):
        return int(self) > int(other)

pending = []
for u in (2, 9, 4, 7):
    heapq.heappush(pending, Urgency(u))
print("most urgent first:", [int(heapq.heappop(pending)) for _ in range(4)])
print("sorted by Urgency:", [int(u) for u in sorted([Urgency(1), Urgency(3), Urgency(2)])])
print("min by Urgency:", int(min(Urgency(1), Urgency(3))))

class Fickle:
    def __init__(self, heap):
        self.heap = heap
    def __lt__(self, other):
        self.heap.clear()   # the comparison empties the heap under the C code
        return False

h = []
h.append(Fickle(h))
h.append(Fickle(h))
for label, call in [("pop empty", lambda: heapq.heappop([])),
                    ("replace empty", lambda: heapq.heapreplace([], 1)),
                    ("push to tuple", lambda: heapq.heappush((), 1)),
                    ("heapify a str", lambda: heapq.heapify("abc")),
                    ("push one arg", lambda: _heapq.heappush([])),
                    ("unorderable", lambda: heapq.heappush([1], "x")),
                    ("heap resized", lambda: heapq.heappush(h, Fickle(h)))]:
    try:
        call()
        print(label, "ok")
    except (IndexError, TypeError, RuntimeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
print(heapq.heappush.__module__, heapq.heappop.__name__)
