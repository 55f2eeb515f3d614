# A pool of worker threads fed by queue.Queue: results are collected per task and printed in order.
import queue
import threading


def word_stats(text):
    words = text.split()
    return len(words), max(words, key=len)


tasks = queue.Queue()
results = queue.Queue()
lines = [
    "the quick brown fox jumps over the lazy dog",
    "pack my box with five dozen liquor jugs",
    "how vexingly quick daft zebras jump",
    "sphinx of black quartz judge my vow",
    "a wizard's job is to vex chumps quickly in fog",
    "jackdaws love my big sphinx of quartz",
] * 3


def worker():
    handled = 0
    while True:
        item = tasks.get()
        try:
            if item is None:
                results.put(("done", handled))
                return
            index, text = item
            results.put((index, word_stats(text)))
            handled += 1
        finally:
            tasks.task_done()


workers = [threading.Thread(target=worker, name=f"pool-{i}") for i in range(4)]
for w in workers:
    w.start()
for index, text in enumerate(lines):
    tasks.put((index, text))
tasks.join()
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()

collected = {}
total_handled = 0
while not results.empty():
    key, value = results.get_nowait()
    if key == "done":
        total_handled += value
    else:
        collected[key] = value
for index in sorted(collected):
    count, longest = collected[index]
    print(f"{index:2d}: {count} words, longest {longest!r}")
print("handled:", total_handled, "alive:", [w.is_alive() for w in workers])
print("unfinished tasks:", tasks.unfinished_tasks, "qsize:", tasks.qsize())

# Bounded queue: the producer blocks until consumers make room.
bounded = queue.Queue(maxsize=2)
consumed = []


def consumer():
    while (item := bounded.get()) is not None:
        consumed.append(item * 10)


c = threading.Thread(target=consumer)
c.start()
for i in range(10):
    bounded.put(i)
bounded.put(None)
c.join()
print("consumed:", consumed)

try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("empty after timeout")
full = queue.Queue(1)
full.put("x")
try:
    full.put("y", block=False)
except queue.Full:
    print("full without blocking")

# LifoQueue and PriorityQueue from several producers
pq = queue.PriorityQueue()
producers = [threading.Thread(target=lambda base=b: [pq.put((base + k, f"job{base + k}")) for k in range(3)]) for b in (0, 10, 20)]
for p in producers:
    p.start()
for p in producers:
    p.join()
print([pq.get()[1] for _ in range(pq.qsize())])
lq = queue.LifoQueue()
for ch in "abc":
    lq.put(ch)
print("".join(lq.get() for _ in range(3)))
sq = queue.SimpleQueue()
threading.Thread(target=lambda: [sq.put(n) for n in range(5)]).start()
print(sorted(sq.get() for _ in range(5)))
