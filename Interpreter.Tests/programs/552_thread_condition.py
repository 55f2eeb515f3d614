# Producer/consumer on a bounded buffer guarded by threading.Condition.
import threading
from collections import deque


class BoundedBuffer:
    def __init__(self, capacity):
        self.items = deque()
        self.capacity = capacity
        self.cond = threading.Condition()
        self.max_seen = 0

    def put(self, item):
        with self.cond:
            self.cond.wait_for(lambda: len(self.items) < self.capacity)
            self.items.append(item)
            self.max_seen = max(self.max_seen, len(self.items))
            self.cond.notify_all()

    def get(self):
        with self.cond:
            self.cond.wait_for(lambda: self.items)
            item = self.items.popleft()
            self.cond.notify_all()
            return item


buf = BoundedBuffer(3)
received = {0: [], 1: []}


def producer(start):
    for i in range(start, start + 10):
        buf.put(i)


def consumer(slot, count):
    for _ in range(count):
        received[slot].append(buf.get())


threads = [threading.Thread(target=producer, args=(0,)), threading.Thread(target=producer, args=(100,)),
           threading.Thread(target=consumer, args=(0, 12)), threading.Thread(target=consumer, args=(1, 8))]
for t in threads:
    t.start()
for t in threads:
    t.join()
everything = sorted(received[0] + received[1])
print(everything)
print(len(received[0]), len(received[1]), "capacity respected:", buf.max_seen <= 3)
# each producer's items arrive in the order they were produced
merged = received[0] + received[1]
print(all(sorted(seq) == seq for seq in ([x for x in received[0] if x < 100], [x for x in received[0] if x >= 100])))

# Condition over a plain Lock, wait with a timeout that expires, notify(n)
cond = threading.Condition(threading.Lock())
with cond:
    print("timed out:", cond.wait(timeout=0.01) is False)
ready = []
go = False


def waiter(i):
    with cond:
        cond.wait_for(lambda: go)
        ready.append(i)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
with cond:
    go = True
    cond.notify(2)
    cond.notify_all()
for w in ws:
    w.join()
print(sorted(ready))

# RLock: the owner may re-enter; Condition on an RLock releases every level while waiting
rlock = threading.RLock()
with rlock:
    with rlock:
        print("nested RLock ok", rlock._is_owned())
print("released:", not rlock._is_owned())
rcond = threading.Condition(rlock)
flag = []


def setter():
    with rcond:
        flag.append("set")
        rcond.notify()


with rcond:
    with rcond:
        t = threading.Thread(target=setter)
        t.start()
        rcond.wait_for(lambda: flag)
t.join()
print(flag)
