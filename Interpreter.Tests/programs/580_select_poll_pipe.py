# Waiting on pipes with select.poll, select.select and select.epoll: readiness, hang-up, errors.
import os
import select

r, w = os.pipe()
names = {r: "read end", w: "write end"}


def show(events):
    flags = []
    for name in ("POLLIN", "POLLOUT", "POLLHUP", "POLLERR", "POLLNVAL"):
        if events & getattr(select, name):
            flags.append(name)
    return "|".join(flags)


poller = select.poll()
poller.register(r, select.POLLIN)
poller.register(w, select.POLLOUT)
print("nothing written:", [(names[fd], show(ev)) for fd, ev in poller.poll(0)])

os.write(w, b"ping\n")
print("after write:", sorted((names[fd], show(ev)) for fd, ev in poller.poll(100)))
print("read:", os.read(r, 100))

poller.modify(w, select.POLLIN)
print("write end watched for input only:", poller.poll(0))
poller.unregister(w)
try:
    poller.unregister(w)
except KeyError as e:
    print("KeyError for an fd not registered:", e.args[0] == w)
try:
    poller.modify(w, select.POLLOUT)
except FileNotFoundError as e:
    print("modify unregistered:", e)

# select.select returns the very objects it was given.
class Pipe:
    def __init__(self, fd, label):
        self.fd, self.label = fd, label

    def fileno(self):
        return self.fd

    def __repr__(self):
        return self.label

reader, writer = Pipe(r, "reader"), Pipe(w, "writer")
print(select.select([reader], [writer], [], 0))
os.write(w, b"more")
print(select.select([reader], [writer], [reader], 0.5))
print(os.read(r, 4))

with select.epoll() as ep:
    ep.register(r, select.EPOLLIN | select.EPOLLRDHUP)
    print("epoll idle:", ep.poll(0))
    os.close(w)
    events = ep.poll(1.0)
    print("epoll after close:", [(names[fd], show(ev)) for fd, ev in events])
print("epoll closed:", ep.closed)
try:
    ep.poll(0)
except ValueError as e:
    print("ValueError:", e)

print("hang-up:", [(names[fd], show(ev)) for fd, ev in poller.poll(100)])
print("end of file:", os.read(r, 10))
os.close(r)

for bad in (-1, "3", 1.5):
    try:
        select.select([bad], [], [], 0)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    select.select([], [], [], -1)
except ValueError as e:
    print("ValueError:", e)
print(select.error is OSError, select.POLLIN, select.POLLPRI, select.EPOLLET, select.PIPE_BUF)
