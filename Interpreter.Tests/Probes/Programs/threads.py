import threading


def square(x):
    return x * x


def worker(n):
    total = 0
    for i in range(n):
        total += square(i)
    results.append(total)


results = []
threads = [threading.Thread(target=worker, args=(50,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
worker(10)
print(sorted(results))
