# A producer/consumer pipeline: a tiny event loop with a queue built on futures, and async
# generators chained into stages.
from collections import deque


class Future:
    def __init__(self):
        self.done = False
        self.value = None
        self.waiters = []

    def set(self, value):
        self.done = True
        self.value = value
        waiters, self.waiters = self.waiters, []
        for w in waiters:
            LOOP.schedule(w)

    def __await__(self):
        if not self.done:
            yield self
        return self.value


class Loop:
    def __init__(self):
        self.queue = deque()

    def schedule(self, coro):
        self.queue.append(coro)

    def run(self):
        while self.queue:
            coro = self.queue.popleft()
            try:
                fut = coro.send(None)
            except StopIteration:
                continue
            if fut.done:
                self.schedule(coro)
            else:
                fut.waiters.append(coro)


LOOP = Loop()


class Queue:
    def __init__(self, maxsize):
        self.items = deque()
        self.maxsize = maxsize
        self.getters = deque()
        self.putters = deque()

    async def put(self, item):
        while len(self.items) >= self.maxsize:
            fut = Future()
            self.putters.append(fut)
            await fut
        self.items.append(item)
        if self.getters:
            self.getters.popleft().set(None)

    async def get(self):
        while not self.items:
            fut = Future()
            self.getters.append(fut)
            await fut
        item = self.items.popleft()
        if self.putters:
            self.putters.popleft().set(None)
        return item


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("produced", i)
    await q.put(None)


async def source(q):
    while (item := await q.get()) is not None:
        yield item


async def squares(items):
    async for x in items:
        yield x * x


async def only_odd(items):
    async for x in items:
        if x % 2:
            yield x


async def consumer(q, results):
    async for value in only_odd(squares(source(q))):
        print("consumed", value)
        results.append(value)


results = []
q = Queue(maxsize=2)
LOOP.schedule(consumer(q, results))
LOOP.schedule(producer(q, 7))
LOOP.run()
print("results", results, "left in queue", len(q.items))
