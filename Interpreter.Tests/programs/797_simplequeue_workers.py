# Worker threads fed through queue.SimpleQueue (the native _queue): a blocking get wakes when an item
# arrives, timeouts raise queue.Empty, and the C module's argument checks.
import queue
import threading
import _queue

print(queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty)

tasks = queue.SimpleQueue()
results = queue.SimpleQueue()
STOP = None

def worker():
    while True:
        item = tasks.get()          # blocks (without the GIL) until the main thread puts
        if item is STOP:
            results.put(("done", None))
            return
        results.put(("square", item * item))

t = threading.Thread(target=worker)
t.start()
for n in range(1, 6):
    tasks.put(n)
tasks.put_nowait(STOP)
t.join()
out = []
while not results.empty():
    out.append(results.get_nowait())
print(out)
print("left:", tasks.qsize(), results.qsize())

# A consumer that gives up: timeouts and non-blocking gets raise queue.Empty.
q = queue.SimpleQueue()
for how, call in [("get_nowait", q.get_nowait), ("block=False", lambda: q.get(block=False)),
                  ("timeout=0.05", lambda: q.get(timeout=0.05)), ("timeout=0", lambda: q.get(True, 0))]:
    try:
        call()
    except queue.Empty as e:
        print(how, "-> Empty", repr(e))

# A late producer: get(timeout=...) waits for it.
q2 = queue.SimpleQueue()
timer = threading.Timer(0.05, q2.put, args=("late item",))
timer.start()
print("waited for:", q2.get(timeout=30))
timer.join()

class Journal(queue.SimpleQueue):
    def put(self, item, block=True, timeout=None):
        super().put(f"[{item}]")

j = Journal()
j.put("a"); j.put("b")
print(j.get(), j.get(), j.empty(), type(j).__mro__[1])
print(queue.SimpleQueue[int])

for label, call in [("negative timeout", lambda: q.get(timeout=-1)),
                    ("str timeout", lambda: q.get(timeout="1")),
                    ("ctor args", lambda: queue.SimpleQueue(10)),
                    ("put nothing", lambda: q.put()),
                    ("put by name", lambda: q.put(item=7) or q.get()),
                    ("too many", lambda: q.get(True, 1, 2))]:
    try:
        print(label, "->", call())
    except (TypeError, ValueError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
