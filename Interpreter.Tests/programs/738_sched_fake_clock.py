# sched: an event scheduler driven by a fake clock so the run is instantaneous and deterministic.
import sched

class FakeClock:
    def __init__(self):
        self.now = 0.0
    def time(self):
        return self.now
    def sleep(self, seconds):
        print(f"  [sleep {seconds:g}]")
        self.now += seconds

clock = FakeClock()
s = sched.scheduler(clock.time, clock.sleep)
log = []

def task(name, reschedule=0):
    log.append((clock.now, name))
    print(f"t={clock.now:g} run {name}")
    if reschedule:
        s.enter(2, 1, task, (name + "+", reschedule - 1))

s.enter(5, 1, task, ("backup",))
s.enter(1, 1, task, ("heartbeat",), {"reschedule": 2})
low = s.enter(3, 2, task, ("low-priority",))
s.enter(3, 1, task, ("high-priority",))
cancelled = s.enterabs(4, 1, task, ("never",))
s.enterabs(4.5, 1, task, kwargs={"name": "by-kwargs"})
print("queue:", [(e.time, e.priority, e.argument) for e in s.queue])
s.cancel(cancelled)
print("empty?", s.empty())
s.run()
print("empty?", s.empty(), "log:", log)

ev = s.enter(10, 1, task, ("later",))
print(s.run(blocking=False), len(s.queue))
try:
    s.cancel(cancelled)
except ValueError as e:
    print("ValueError:", e)
print(ev.time, ev < s.enter(11, 1, print), ev.kwargs)
