# Method calls on objects: a cooperative task scheduler with queues, priorities and
# message passing between worker, producer and consumer tasks.
# bench: default=250000 quick=500 trace=10000
import sys


class Packet:
    def __init__(self, kind, payload, dest):
        self.kind = kind
        self.payload = payload
        self.dest = dest
        self.link = None


class Queue:
    def __init__(self):
        self.head = None
        self.tail = None
        self.size = 0

    def push(self, packet):
        packet.link = None
        if self.tail is None:
            self.head = packet
        else:
            self.tail.link = packet
        self.tail = packet
        self.size += 1

    def pop(self):
        p = self.head
        if p is None:
            return None
        self.head = p.link
        if self.head is None:
            self.tail = None
        self.size -= 1
        return p

    def empty(self):
        return self.head is None


class Task:
    def __init__(self, scheduler, ident, priority):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.inbox = Queue()
        self.held = False
        self.runs = 0

    def ready(self):
        return not self.held and not self.inbox.empty()

    def send(self, kind, payload, dest):
        self.scheduler.deliver(Packet(kind, payload, dest))

    def step(self):
        self.runs += 1
        packet = self.inbox.pop()
        self.handle(packet)

    def handle(self, packet):
        raise NotImplementedError


class Producer(Task):
    def __init__(self, scheduler, ident, priority, count, workers):
        Task.__init__(self, scheduler, ident, priority)
        self.remaining = count
        self.workers = workers
        self.next_worker = 0

    def ready(self):
        return self.remaining > 0 or Task.ready(self)

    def step(self):
        self.runs += 1
        if not self.inbox.empty():
            self.inbox.pop()
        if self.remaining > 0:
            w = self.workers[self.next_worker]
            self.next_worker = (self.next_worker + 1) % len(self.workers)
            self.send("job", self.remaining, w)
            self.remaining -= 1


class Worker(Task):
    def __init__(self, scheduler, ident, priority, sink):
        Task.__init__(self, scheduler, ident, priority)
        self.sink = sink
        self.done = 0

    def handle(self, packet):
        value = packet.payload
        acc = 0
        while value > 0:
            acc += value % 7
            value //= 7
        self.done += 1
        self.send("result", acc, self.sink)


class Sink(Task):
    def __init__(self, scheduler, ident, priority):
        Task.__init__(self, scheduler, ident, priority)
        self.total = 0
        self.count = 0

    def handle(self, packet):
        self.total += packet.payload
        self.count += 1


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.by_id = {}
        self.switches = 0

    def add(self, task):
        self.tasks.append(task)
        self.by_id[task.ident] = task
        self.tasks.sort(key=lambda t: -t.priority)

    def deliver(self, packet):
        self.by_id[packet.dest].inbox.push(packet)

    def run(self):
        while True:
            for task in self.tasks:
                if task.ready():
                    task.step()
                    self.switches += 1
                    break
            else:
                return


def digit_sum7(v):
    s = 0
    while v > 0:
        s += v % 7
        v //= 7
    return s


def main(n):
    sched = Scheduler()
    sink = Sink(sched, "sink", 10)
    workers = []
    for i in range(4):
        w = Worker(sched, "w%d" % i, 5 + i, "sink")
        workers.append(w.ident)
        sched.add(w)
    sched.add(sink)
    sched.add(Producer(sched, "prod", 1, n, workers))
    sched.run()
    expected = sum(digit_sum7(v) for v in range(1, n + 1))
    if sink.total != expected or sink.count != n:
        raise AssertionError("scheduler lost packets: %d %d" % (sink.total, expected))
    done = [sched.by_id[w].done for w in workers]
    if sum(done) != n:
        raise AssertionError("worker counts")
    print("jobs", n, "total", sink.total, "switches", sched.switches, "per worker", done)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 250000)
