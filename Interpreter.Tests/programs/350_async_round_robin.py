# A round-robin scheduler with a virtual clock: tasks, sleep and futures driven by send().
import heapq


class Future:
    def __init__(self, name):
        self.name = name
        self.done = False
        self.result = None
        self.callbacks = []

    def set_result(self, value):
        self.done = True
        self.result = value
        for cb in self.callbacks:
            cb(self)

    def __await__(self):
        if not self.done:
            yield self
        return self.result


class Sleep:
    def __init__(self, delay):
        self.delay = delay

    def __await__(self):
        yield self


class Task(Future):
    def __init__(self, loop, coro, name):
        super().__init__(name)
        self.loop = loop
        self.coro = coro


class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.seq = 0
        self.log = []

    def spawn(self, coro, name):
        task = Task(self, coro, name)
        self.ready.append((task, None))
        return task

    def step(self, task, value):
        try:
            request = task.coro.send(value)
        except StopIteration as stop:
            self.log.append(f"t={self.now} {task.name} finished -> {stop.value!r}")
            task.set_result(stop.value)
            return
        if isinstance(request, Sleep):
            self.seq += 1
            heapq.heappush(self.sleeping, (self.now + request.delay, self.seq, task))
        elif isinstance(request, Future):
            if request.done:
                self.ready.append((task, None))
            else:
                request.callbacks.append(lambda fut, task=task: self.ready.append((task, None)))
        else:
            raise TypeError(f"task {task.name} yielded {request!r}")

    def run(self):
        while self.ready or self.sleeping:
            while self.ready:
                task, value = self.ready.pop(0)
                self.step(task, value)
            if self.sleeping:
                when, _, task = heapq.heappop(self.sleeping)
                self.now = when
                self.ready.append((task, None))


async def worker(name, delays):
    total = 0
    for d in delays:
        print(f"{name} sleeps {d}")
        await Sleep(d)
        total += d
    return total


async def waiter(loop, tasks):
    results = []
    for t in tasks:
        results.append(await t)
    print("all workers done:", results)
    return sum(results)


loop = Loop()
a = loop.spawn(worker("a", [3, 1]), "a")
b = loop.spawn(worker("b", [1, 1, 1]), "b")
c = loop.spawn(worker("c", [5]), "c")
w = loop.spawn(waiter(loop, [a, b, c]), "waiter")
loop.run()
for line in loop.log:
    print(line)
print("final clock", loop.now, "waiter result", w.result)
