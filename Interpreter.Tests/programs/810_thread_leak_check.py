# conformance: own-process   (finalisation depends on when the runtime collects: no other test may share the heap)
# A thread-leak check as test suites write it: remember _thread._count() and the
# WeakSet of Thread objects, run some threads, and after dropping them expect both
# back where they were (finished, unreferenced threads are gone at once).
import _thread
import threading
import weakref


def snapshot():
    return _thread._count(), threading._dangling.copy()


def leak_check(original, label):
    for attempt in range(100):
        values = _thread._count(), threading._dangling
        if values == original:
            break
        threading.Event().wait(0.01)
    print(f"{label}: clean after {attempt} retries, {values[0]} running, "
          f"{len(values[1])} Thread object(s)")


results = []
lock = threading.Lock()


def work(n):
    with lock:
        results.append(n * n)


original = snapshot()
threads = [threading.Thread(target=work, args=(i,), name=f"worker-{i}") for i in range(40)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("squares:", sum(results), "from", len(results), "threads")
print("still referenced:", len(threading._dangling) - len(original[1]))
last = weakref.ref(threads[-1])
del threads, t
leak_check(original, "after del")
print("last thread freed:", last() is None)

# A thread object the program keeps stays in the set; it is not a leak of _count().
keeper = threading.Thread(target=work, args=(7,), name="kept")
keeper.start()
keeper.join()
print("kept thread:", keeper.name, keeper.is_alive(), _thread._count())
print("kept thread listed:", keeper in threading._dangling)
del keeper
leak_check(original, "after del keeper")

# A thread started with _thread directly: its function dies with it.
done = threading.Event()


class Task:
    def run(self):
        done.set()


task = Task()
task_ref = weakref.ref(task)
_thread.start_new_thread(task.run, ())
done.wait()
while _thread._count():
    threading.Event().wait(0.01)
del task
_thread._count()
print("task freed:", task_ref() is None)
