# Discrete-event simulation: a bank with tellers, deterministic arrivals, heapq event queue, statistics
import heapq
from dataclasses import dataclass, field
@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: str = field(compare=False)
    customer: int = field(compare=False)
class Sim:
    def __init__(self, tellers):
        self.free = tellers
        self.queue = []
        self.events = []
        self.seq = 0
        self.log = []
        self.waits = {}
        self.arrived = {}
    def schedule(self, t, kind, cust):
        self.seq += 1
        heapq.heappush(self.events, Event(t, self.seq, kind, cust))
    def service_time(self, cust):
        return 3 + (cust * 7) % 5
    def run(self):
        while self.events:
            ev = heapq.heappop(self.events)
            getattr(self, "on_" + ev.kind)(ev)
    def on_arrive(self, ev):
        self.arrived[ev.customer] = ev.time
        if self.free:
            self.free -= 1
            self.start(ev.time, ev.customer)
        else:
            self.queue.append(ev.customer)
        self.log.append(f"{ev.time:5.1f} arrive c{ev.customer} queue={len(self.queue)}")
    def start(self, t, cust):
        self.waits[cust] = t - self.arrived[cust]
        self.schedule(t + self.service_time(cust), "depart", cust)
    def on_depart(self, ev):
        self.log.append(f"{ev.time:5.1f} depart c{ev.customer}")
        if self.queue:
            self.start(ev.time, self.queue.pop(0))
        else:
            self.free += 1
for tellers in (1, 2, 3):
    sim = Sim(tellers)
    for c in range(10):
        sim.schedule(c * 1.5, "arrive", c)
    sim.run()
    waits = [sim.waits[c] for c in range(10)]
    print(f"tellers={tellers} avg wait={sum(waits) / len(waits):.2f} max={max(waits):.1f} last event={sim.log[-1].split()[0]}")
    if tellers == 2:
        print("\n".join(sim.log[:8]))
print(Event(1.0, 2, "a", 0) < Event(1.0, 3, "b", 0), sorted([Event(2, 1, "x", 1), Event(1, 5, "y", 2)])[0].kind)
