# CPU-bound threads share the interpreter: each one makes progress while the others run
# (the holder of the GIL is asked to let go after sys.getswitchinterval()).
import sys
import threading

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())

progress = [0, 0, 0]
stop = threading.Event()
lock = threading.Lock()
total = 0


def spin(slot):
    global total
    n = 0
    while not stop.is_set():
        n += 1
        if n % 100 == 0:
            progress[slot] += 1
    with lock:
        total += n


def wait_all_started():
    # spin until every thread made progress: only possible if the GIL is handed over
    while min(progress) < 3:
        pass
    stop.set()


threads = [threading.Thread(target=spin, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
wait_all_started()
for t in threads:
    t.join()
print("every thread progressed:", min(progress) >= 3, total > 0)


# Unsynchronised work in pure Python functions is still serialised: each list gets all its items.
def fill(target, count):
    for i in range(count):
        target.append(i)


lists = [[] for _ in range(4)]
threads = [threading.Thread(target=fill, args=(lst, 20000)) for lst in lists]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([len(lst) for lst in lists], all(lst == list(range(20000)) for lst in lists))

shared = []
threads = [threading.Thread(target=fill, args=(shared, 5000)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), sorted(set(shared)) == list(range(5000)))

counter = {"n": 0}


def add(times):
    for _ in range(times):
        with lock:
            counter["n"] += 1


threads = [threading.Thread(target=add, args=(3000,)) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
