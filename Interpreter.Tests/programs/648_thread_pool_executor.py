# concurrent.futures.ThreadPoolExecutor: map, submit + as_completed, exceptions, wait, callbacks.
import concurrent.futures as cf
import threading
import time


def slow_square(x):
    time.sleep(0.002 * (5 - x % 5))   # later items finish first
    return x * x


def fetch(url):
    if url.endswith("/bad"):
        raise ConnectionError(f"cannot reach {url}")
    time.sleep(0.001)
    return f"{url}: {len(url)} bytes"


with cf.ThreadPoolExecutor(max_workers=4) as pool:
    print(list(pool.map(slow_square, range(10))))           # map keeps input order
    print(sum(pool.map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))

    urls = ["http://a/x", "http://b/bad", "http://c/yz", "http://d/bad"]
    futures = {pool.submit(fetch, u): u for u in urls}
    results, failures = [], []
    for fut in cf.as_completed(futures):
        try:
            results.append(fut.result())
        except ConnectionError as e:
            failures.append(str(e))
    print(sorted(results))
    print(sorted(failures))

    f = pool.submit(divmod, 17, 5)
    print(f.result(timeout=5), f.done(), f.cancelled(), f.exception())
    bad = pool.submit(int, "nope")
    print(type(bad.exception()).__name__, bad.exception())

    seen = []
    lock = threading.Lock()

    def note(fut):
        with lock:
            seen.append(fut.result())

    fs = [pool.submit(slow_square, i) for i in range(4)]
    for fu in fs:
        fu.add_done_callback(note)
    done, not_done = cf.wait(fs, return_when=cf.ALL_COMPLETED)
    print(len(done), len(not_done), sorted(f.result() for f in done))
    first, _ = cf.wait([pool.submit(time.sleep, 0.001)], timeout=5, return_when=cf.FIRST_COMPLETED)
    print(len(first))

time.sleep(0.01)
print(sorted(seen))

# shared counter updated from many tasks under a lock
counter = 0
counter_lock = threading.Lock()


def bump(n):
    global counter
    for _ in range(n):
        with counter_lock:
            counter += 1
    return threading.current_thread().name.startswith("ThreadPoolExecutor")


with cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix="ThreadPoolExecutor") as pool:
    print(all(pool.map(bump, [100] * 8)))
print(counter)

try:
    pool.submit(print, "late")
except RuntimeError as e:
    print("RuntimeError:", e)
