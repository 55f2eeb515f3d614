"""A discrete-event simulation of a preemptive priority task scheduler.

Tasks arrive over time, have priorities and CPU bursts, may block on I/O, and
are scheduled on a fixed number of cores with round-robin time slices inside a
priority level. The simulation prints a trace and summary statistics.
"""
import heapq
import random
from collections import deque, defaultdict, namedtuple

Event = namedtuple("Event", "time seq kind task_id")


class Task:
    __slots__ = ("tid", "name", "priority", "arrival", "bursts", "state",
                 "remaining", "started", "finished", "waited", "last_ready", "core")

    def __init__(self, tid, name, priority, arrival, bursts):
        self.tid = tid
        self.name = name
        self.priority = priority
        self.arrival = arrival
        self.bursts = list(bursts)   # alternating cpu, io, cpu, ...
        self.state = "new"
        self.remaining = self.bursts.pop(0)
        self.started = None
        self.finished = None
        self.waited = 0
        self.last_ready = None
        self.core = None

    def __repr__(self):
        return f"<{self.name} p{self.priority} {self.state} rem={self.remaining}>"


class ReadyQueues:
    """One FIFO per priority level; lower number = more important."""

    def __init__(self, levels):
        self.queues = [deque() for _ in range(levels)]

    def push(self, task):
        self.queues[task.priority].append(task)

    def pop(self):
        for q in self.queues:
            if q:
                return q.popleft()
        return None

    def best_priority(self):
        for level, q in enumerate(self.queues):
            if q:
                return level
        return None

    def __len__(self):
        return sum(len(q) for q in self.queues)


class Scheduler:
    def __init__(self, cores, quantum, levels=4):
        self.cores = [None] * cores
        self.slice_end = [None] * cores
        self.quantum = quantum
        self.ready = ReadyQueues(levels)
        self.events = []
        self.seq = 0
        self.now = 0
        self.tasks = {}
        self.trace = []
        self.busy_time = [0] * cores
        self.context_switches = 0
        self.preemptions = 0

    # -- event plumbing -------------------------------------------------
    def schedule(self, time, kind, tid):
        self.seq += 1
        heapq.heappush(self.events, Event(time, self.seq, kind, tid))

    def log(self, msg):
        self.trace.append(f"t={self.now:>3} {msg}")

    def add_task(self, task):
        self.tasks[task.tid] = task
        self.schedule(task.arrival, "arrive", task.tid)

    # -- state transitions ----------------------------------------------
    def make_ready(self, task):
        task.state = "ready"
        task.last_ready = self.now
        self.ready.push(task)

    def dispatch(self, core):
        task = self.ready.pop()
        if task is None:
            self.cores[core] = None
            return
        task.waited += self.now - task.last_ready
        task.state = "running"
        task.core = core
        if task.started is None:
            task.started = self.now
        self.cores[core] = task
        self.context_switches += 1
        run = min(self.quantum, task.remaining)
        self.slice_end[core] = self.now + run
        self.schedule(self.now + run, "slice", task.tid)
        self.log(f"core{core} runs {task.name} for {run}")

    def account(self, core, task):
        """Charge CPU time used since the slice began."""
        began = self.slice_end[core] - min(self.quantum, task.remaining)
        used = self.now - began
        task.remaining -= used
        self.busy_time[core] += used

    def preempt_if_needed(self):
        best = self.ready.best_priority()
        if best is None:
            return
        worst_core, worst_prio = None, -1
        for c, t in enumerate(self.cores):
            if t is None:
                return  # an idle core will pick it up
            if t.priority > worst_prio:
                worst_core, worst_prio = c, t.priority
        if worst_prio > best:
            victim = self.cores[worst_core]
            self.account(worst_core, victim)
            victim.core = None
            self.preemptions += 1
            self.log(f"core{worst_core} preempts {victim.name} (rem {victim.remaining})")
            # invalidate the pending slice event by bumping state
            victim.state = "preempted"
            self.make_ready(victim)
            self.dispatch(worst_core)

    def fill_idle_cores(self):
        for c in range(len(self.cores)):
            if self.cores[c] is None and len(self.ready):
                self.dispatch(c)

    # -- main loop --------------------------------------------------------
    def handle(self, ev):
        task = self.tasks[ev.task_id]
        if ev.kind == "arrive":
            self.log(f"{task.name} arrives (prio {task.priority}, burst {task.remaining})")
            self.make_ready(task)
            self.fill_idle_cores()
            self.preempt_if_needed()
        elif ev.kind == "slice":
            core = task.core
            if task.state != "running" or core is None or self.slice_end[core] != self.now:
                return  # stale event from before a preemption
            self.account(core, task)
            self.cores[core] = None
            task.core = None
            if task.remaining > 0:
                self.make_ready(task)
            elif task.bursts:
                io = task.bursts.pop(0)
                task.remaining = task.bursts.pop(0) if task.bursts else 0
                task.state = "blocked"
                self.log(f"{task.name} blocks on io for {io}")
                self.schedule(self.now + io, "io_done", task.tid)
            else:
                task.state = "done"
                task.finished = self.now
                self.log(f"{task.name} finishes")
            self.dispatch(core)
            self.fill_idle_cores()
        elif ev.kind == "io_done":
            self.log(f"{task.name} io complete")
            if task.remaining == 0:
                task.state = "done"
                task.finished = self.now
                self.log(f"{task.name} finishes")
            else:
                self.make_ready(task)
                self.fill_idle_cores()
                self.preempt_if_needed()

    def run(self, limit=10_000):
        steps = 0
        while self.events and steps < limit:
            ev = heapq.heappop(self.events)
            self.now = ev.time
            self.handle(ev)
            steps += 1
        return steps


def make_workload(seed, n):
    rng = random.Random(seed)
    names = ["init", "shell", "db", "web", "cron", "backup", "log", "mail", "ssh", "ntp", "dns", "cache"]
    tasks = []
    t = 0
    for i in range(n):
        t += rng.randint(0, 4)
        bursts = [rng.randint(2, 9)]
        for _ in range(rng.randint(0, 2)):
            bursts.append(rng.randint(1, 6))
            bursts.append(rng.randint(1, 7))
        tasks.append(Task(i, f"{names[i % len(names)]}{i}", rng.randint(0, 3), t, bursts))
    return tasks


def summarize(s):
    done = [t for t in s.tasks.values() if t.state == "done"]
    turnaround = {t.name: t.finished - t.arrival for t in done}
    by_prio = defaultdict(list)
    for t in done:
        by_prio[t.priority].append(t.finished - t.arrival)
    print(f"finished {len(done)}/{len(s.tasks)} tasks at t={s.now}")
    print(f"context switches={s.context_switches} preemptions={s.preemptions}")
    for core, busy in enumerate(s.busy_time):
        print(f"core{core} utilisation {busy / s.now:.1%}")
    for prio in sorted(by_prio):
        vals = by_prio[prio]
        print(f"prio {prio}: n={len(vals)} mean turnaround={sum(vals) / len(vals):.2f} max={max(vals)}")
    worst = sorted(turnaround.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print("slowest:", ", ".join(f"{n}={v}" for n, v in worst))
    waits = sorted(((t.waited, t.name) for t in done), reverse=True)[:3]
    print("longest waits:", waits)


for seed, cores, quantum in [(1, 1, 3), (7, 2, 4), (42, 3, 2)]:
    print(f"=== seed={seed} cores={cores} quantum={quantum}")
    sched = Scheduler(cores, quantum)
    for task in make_workload(seed, 10):
        sched.add_task(task)
    steps = sched.run()
    for line in sched.trace[:12]:
        print(line)
    print(f"... {len(sched.trace)} trace lines, {steps} events")
    summarize(sched)
