# Event, Barrier and Semaphore coordinating several threads.
import threading

start = threading.Event()
order = []
lock = threading.Lock()


def runner(i):
    start.wait()
    with lock:
        order.append(i)


threads = [threading.Thread(target=runner, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
print("before set:", order, start.is_set())
start.set()
for t in threads:
    t.join()
print("after set:", sorted(order), start.is_set())
start.clear()
print("wait after clear times out:", start.wait(0.01))

# Barrier: every phase completes before the next starts; one thread gets index 0 ... n-1
phases = []
barrier = threading.Barrier(3, action=lambda: phases.append("phase done"))
indices = []


def phased(i):
    for phase in range(2):
        with lock:
            phases.append(f"p{phase}")
        idx = barrier.wait()
        with lock:
            indices.append(idx)


ts = [threading.Thread(target=phased, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(phases)
print(sorted(indices))
print(barrier.parties, barrier.n_waiting, barrier.broken)

b = threading.Barrier(2, timeout=0.01)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("barrier broken after timeout:", b.broken)
b.reset()
print("reset:", b.broken)

# Semaphore: never more than 2 holders at once; holders meet in pairs, so the peak is exactly 2
sem = threading.Semaphore(2)
pairs = threading.Barrier(2)
active = 0
peak = 0


def limited():
    global active, peak
    with sem:
        with lock:
            active += 1
            peak = max(peak, active)
        pairs.wait()
        with lock:
            active -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak holders:", peak, "active now:", active)
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
print(sem.acquire(blocking=False), sem.acquire(timeout=0.01), sem.acquire(blocking=False))
