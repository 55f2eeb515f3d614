# logging.handlers: a rotating log file, a memory buffer flushed on error, and a queue handler/listener.
import logging
import logging.handlers
import os
import queue
import tempfile

fmt = logging.Formatter("%(levelname)-7s %(name)s: %(message)s")

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "app.log")
    rot = logging.handlers.RotatingFileHandler(path, maxBytes=120, backupCount=2)
    rot.setFormatter(fmt)
    log = logging.getLogger("app.rotate")
    log.setLevel(logging.DEBUG)
    log.propagate = False
    log.addHandler(rot)
    for i in range(12):
        log.info("processed batch %d of %d", i + 1, 12)
    rot.close()
    log.removeHandler(rot)
    files = sorted(os.listdir(tmp))
    print(files)
    for name in files:
        with open(os.path.join(tmp, name)) as fh:
            print(name, "->", fh.read().splitlines())

    timed = logging.handlers.TimedRotatingFileHandler(os.path.join(tmp, "t.log"), when="midnight", backupCount=3)
    print(timed.when, timed.interval, timed.suffix)
    timed.close()
    watched = logging.handlers.WatchedFileHandler(os.path.join(tmp, "w.log"))
    wl = logging.getLogger("app.watched")
    wl.propagate = False
    wl.addHandler(watched)
    wl.warning("first")
    os.remove(os.path.join(tmp, "w.log"))
    wl.warning("after removal")
    watched.close()
    with open(os.path.join(tmp, "w.log")) as fh:
        print("watched:", fh.read().splitlines())

class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []
    def emit(self, record):
        self.lines.append(self.format(record))

target = ListHandler()
target.setFormatter(fmt)
mem = logging.handlers.MemoryHandler(capacity=5, flushLevel=logging.ERROR, target=target)
mlog = logging.getLogger("app.mem")
mlog.setLevel(logging.DEBUG)
mlog.propagate = False
mlog.addHandler(mem)
mlog.debug("step 1")
mlog.info("step 2")
print("buffered:", len(mem.buffer), "flushed:", target.lines)
mlog.error("step 3 failed")
print("buffered:", len(mem.buffer), "flushed:", target.lines)
for i in range(6):
    mlog.debug("fill %d", i)
print("buffered:", len(mem.buffer), "flushed:", len(target.lines))
mem.close()
print("after close:", target.lines[-1])

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qlog = logging.getLogger("app.queue")
qlog.setLevel(logging.INFO)
qlog.propagate = False
qlog.addHandler(qh)
sink = ListHandler()
sink.setFormatter(logging.Formatter("%(threadName)s %(levelname)s %(message)s"))
listener = logging.handlers.QueueListener(q, sink, respect_handler_level=True)
listener.start()
qlog.info("user %s logged in", "ann")
qlog.warning("disk at %d%%", 91)
qlog.debug("not shown")
try:
    1 / 0
except ZeroDivisionError:
    qlog.exception("calc failed")
listener.stop()
for line in sink.lines:
    print(line.splitlines()[0], "|", line.splitlines()[-1])

rec = logging.makeLogRecord({"msg": "hello %s", "args": ("world",), "levelname": "INFO", "levelno": 20})
prepared = qh.prepare(rec)
print(prepared.msg, prepared.args, prepared.exc_info)
print(logging.handlers.SysLogHandler.LOG_USER, logging.handlers.SysLogHandler.priority_names["err"])
print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.HTTPHandler("localhost:8", "/log").method)
