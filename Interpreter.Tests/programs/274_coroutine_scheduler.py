# Cooperative multitasking with generators: a round-robin scheduler, channels, sleeping, joins
from collections import deque
class Sleep:
    def __init__(self, ticks): self.ticks = ticks
class Send:
    def __init__(self, chan, value): self.chan, self.value = chan, value
class Recv:
    def __init__(self, chan): self.chan = chan
class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.waiting = {}
        self.channels = {}
        self.tick = 0
        self.results = {}
    def spawn(self, name, gen):
        self.ready.append((name, gen, None))
    def run(self):
        while self.ready or self.sleeping or any(self.waiting.values()):
            if not self.ready:
                self.tick += 1
                wake = [s for s in self.sleeping if s[0] <= self.tick]
                self.sleeping = [s for s in self.sleeping if s[0] > self.tick]
                for _, name, gen in wake:
                    self.ready.append((name, gen, None))
                if not self.ready and not self.sleeping:
                    print("deadlock:", sorted(n for ws in self.waiting.values() for n, _ in ws))
                    break
                continue
            name, gen, value = self.ready.popleft()
            try:
                req = gen.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                print(f"[{self.tick}] {name} finished -> {stop.value!r}")
                continue
            if isinstance(req, Sleep):
                self.sleeping.append((self.tick + req.ticks, name, gen))
            elif isinstance(req, Send):
                q = self.channels.setdefault(req.chan, deque())
                waiters = self.waiting.get(req.chan)
                if waiters:
                    wname, wgen = waiters.popleft()
                    self.ready.append((wname, wgen, req.value))
                else:
                    q.append(req.value)
                self.ready.append((name, gen, None))
            elif isinstance(req, Recv):
                q = self.channels.setdefault(req.chan, deque())
                if q:
                    self.ready.append((name, gen, q.popleft()))
                else:
                    self.waiting.setdefault(req.chan, deque()).append((name, gen))
            else:
                self.ready.append((name, gen, None))
def producer(n, chan):
    for i in range(n):
        yield Send(chan, i * i)
        print(f"  produced {i * i}")
        yield Sleep(1)
    yield Send(chan, None)
    return f"sent {n}"
def consumer(chan):
    total = 0
    while True:
        v = yield Recv(chan)
        if v is None:
            return total
        print(f"  consumed {v}")
        total += v
def ticker(k):
    for i in range(k):
        print(f"  tick {i}")
        yield Sleep(2)
    return "ticked"
s = Scheduler()
s.spawn("producer", producer(4, "c"))
s.spawn("consumer", consumer("c"))
s.spawn("ticker", ticker(3))
s.run()
print(sorted(s.results.items()), s.tick)
s2 = Scheduler()
s2.spawn("lonely", consumer("never"))
s2.run()
