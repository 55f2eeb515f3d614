# conformance: own-process   (installs a SIGALRM handler)
# select, poll and epoll waits on the main thread end when a signal handler raises, and resume with
# the time left when it returns (PEP 475); ready descriptors are still reported.
import select
import selectors
import signal
import socket
import time


class Stop(Exception):
    pass


def raising(*args):
    raise Stop


signal.signal(signal.SIGALRM, raising)
for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    s = cls()
    r, w = socket.socketpair()
    s.register(r, selectors.EVENT_READ)
    signal.setitimer(signal.ITIMER_REAL, 0.3)
    t = time.time()
    try:
        s.select(10)
        print(cls.__name__, "returned")
    except Stop:
        print(cls.__name__, "interrupted early:", time.time() - t < 5)
    signal.setitimer(signal.ITIMER_REAL, 0)
    s.close(); r.close(); w.close()

signal.signal(signal.SIGALRM, lambda *a: print("handler ran"))
r, w = socket.socketpair()
for name, wait in (("select", lambda: select.select([r], [], [], 0.8)),
                   ("poll", lambda: (lambda p: (p.register(r, select.POLLIN), p.poll(800))[1])(select.poll())),
                   ("epoll", lambda: (lambda e: (e.register(r.fileno(), select.EPOLLIN), e.poll(0.8))[1])(select.epoll()))):
    signal.setitimer(signal.ITIMER_REAL, 0.2)
    t = time.time()
    result = wait()
    print(name, result, "waited the full time:", time.time() - t >= 0.75)
w.send(b"x")
print(len(select.select([r], [], [], 5)[0]), len(selectors.DefaultSelector().select(0)))
