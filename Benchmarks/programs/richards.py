# Richards' operating-system simulation: an idle task, a worker, two packet handlers and two
# devices exchange packets under a priority scheduler with wait/hold/release. Each run must queue
# 23246 packets and hold 9297 times, the counts of Martin Richards' original benchmark.
# bench: default=50 quick=1 trace=2
import sys

I_IDLE, I_WORK, I_HANDLERA, I_HANDLERB, I_DEVA, I_DEVB = 1, 2, 3, 4, 5, 6
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 3
PKTBIT, WAITBIT, HOLDBIT = 1, 2, 4
S_RUN, S_RUNPKT, S_WAIT, S_WAITPKT = 0, 1, 2, 3
COUNT = 10000
ALPHABET = "0ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class Packet:
    __slots__ = ("link", "id", "kind", "a1", "a2")

    def __init__(self, link, ident, kind):
        self.link = link
        self.id = ident
        self.kind = kind
        self.a1 = 0
        self.a2 = [0] * (BUFSIZE + 1)


def append(pkt, queue):
    """Appends pkt to the end of the linked queue and returns the queue's head."""
    pkt.link = None
    if queue is None:
        return pkt
    last = queue
    while last.link is not None:
        last = last.link
    last.link = pkt
    return queue


class Task:
    def __init__(self, system, ident, pri, wkq, state, v1, v2):
        self.system = system
        self.link = system.tasks
        self.id = ident
        self.pri = pri
        self.wkq = wkq
        self.state = state
        self.v1 = v1
        self.v2 = v2
        system.tasks = self
        system.table[ident] = self

    def run(self, pkt):
        raise NotImplementedError

    # the kernel calls a task makes

    def wait(self):
        self.state |= WAITBIT
        return self

    def hold_self(self):
        self.system.hold_count += 1
        self.state |= HOLDBIT
        return self.link

    def release(self, ident):
        t = self.system.table[ident]
        t.state &= ~HOLDBIT
        return t if t.pri > self.pri else self

    def queue_packet(self, pkt):
        t = self.system.table[pkt.id]
        self.system.queue_count += 1
        pkt.link = None
        pkt.id = self.id
        if t.wkq is None:
            t.wkq = pkt
            t.state |= PKTBIT
            if t.pri > self.pri:
                return t
        else:
            append(pkt, t.wkq)
        return self


class IdleTask(Task):
    def run(self, pkt):
        self.v2 -= 1
        if self.v2 == 0:
            return self.hold_self()
        if self.v1 & 1 == 0:
            self.v1 = self.v1 >> 1
            return self.release(I_DEVA)
        self.v1 = (self.v1 >> 1) ^ 0xD008
        return self.release(I_DEVB)


class WorkTask(Task):
    def run(self, pkt):
        if pkt is None:
            return self.wait()
        self.v1 = I_HANDLERA + I_HANDLERB - self.v1
        pkt.id = self.v1
        pkt.a1 = 0
        for i in range(BUFSIZE + 1):
            self.v2 += 1
            if self.v2 > 26:
                self.v2 = 1
            pkt.a2[i] = ALPHABET[self.v2]
        return self.queue_packet(pkt)


class HandlerTask(Task):
    def run(self, pkt):
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.v1 = append(pkt, self.v1)
            else:
                self.v2 = append(pkt, self.v2)
        work = self.v1
        if work is not None:
            count = work.a1
            if count > BUFSIZE:
                self.v1 = work.link
                return self.queue_packet(work)
            dev = self.v2
            if dev is not None:
                self.v2 = dev.link
                dev.a1 = work.a2[count]
                work.a1 = count + 1
                return self.queue_packet(dev)
        return self.wait()


class DeviceTask(Task):
    def run(self, pkt):
        if pkt is None:
            if self.v1 is None:
                return self.wait()
            pkt, self.v1 = self.v1, None
            return self.queue_packet(pkt)
        self.v1 = pkt
        self.system.output.append(pkt.a1)
        return self.hold_self()


class System:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 7
        self.queue_count = 0
        self.hold_count = 0
        self.output = []

    def setup(self):
        IdleTask(self, I_IDLE, 0, None, S_RUN, 1, COUNT)
        wkq = Packet(Packet(None, 0, K_WORK), 0, K_WORK)
        WorkTask(self, I_WORK, 1000, wkq, S_WAITPKT, I_HANDLERA, 0)
        wkq = Packet(Packet(Packet(None, I_DEVA, K_DEV), I_DEVA, K_DEV), I_DEVA, K_DEV)
        HandlerTask(self, I_HANDLERA, 2000, wkq, S_WAITPKT, None, None)
        wkq = Packet(Packet(Packet(None, I_DEVB, K_DEV), I_DEVB, K_DEV), I_DEVB, K_DEV)
        HandlerTask(self, I_HANDLERB, 3000, wkq, S_WAITPKT, None, None)
        DeviceTask(self, I_DEVA, 4000, None, S_WAIT, None, None)
        DeviceTask(self, I_DEVB, 5000, None, S_WAIT, None, None)

    def schedule(self):
        t = self.tasks
        while t is not None:
            state = t.state
            if state == S_WAITPKT:
                pkt = t.wkq
                t.wkq = pkt.link
                t.state = S_RUN if t.wkq is None else S_RUNPKT
                t = t.run(pkt)
            elif state == S_RUN or state == S_RUNPKT:
                t = t.run(None)
            else:                       # waiting without a packet, or held
                t = t.link


def main(n):
    for _ in range(n):
        system = System()
        system.setup()
        system.schedule()
        if system.queue_count != 23246 or system.hold_count != 9297:
            raise AssertionError("queued %d, held %d" % (system.queue_count, system.hold_count))
    print(n, "runs: queued", system.queue_count, "held", system.hold_count,
          "device output", "".join(system.output[:40]), len(system.output))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
