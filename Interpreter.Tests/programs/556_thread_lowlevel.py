# conformance: own-process   (_thread._count() counts every thread of the process: in-process runs beside it start theirs)
# The _thread module directly: start_new_thread, locks with timeouts, RLock state, identities.
import _thread
import time

print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX, type(_thread.allocate_lock()) is _thread.LockType)
lock = _thread.allocate_lock()
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(repr(lock).split(" object")[0])
with lock:
    print("inside:", lock.locked())
print("after:", lock.locked())

# a lock released by another thread (locks are not owned)
gate = _thread.allocate_lock()
gate.acquire()
idents = {}
finished = _thread.allocate_lock()
finished.acquire()


def child(tag, count, *, scale):
    idents[tag] = _thread.get_ident()
    total = sum(i * scale for i in range(count))
    idents[tag + "-sum"] = total
    gate.release()          # wakes the main thread blocked in acquire()
    finished.acquire()      # waits until main lets it finish
    idents[tag + "-done"] = True


tid = _thread.start_new_thread(child, ("c", 1000), {"scale": 2})
gate.acquire()             # blocks (without the GIL) until the child releases it
print("child ran:", idents["c-sum"], "ident matches:", idents["c"] == tid, "differs from main:", tid != _thread.get_ident())
print("running threads:", _thread._count())
finished.release()
while _thread._count():
    time.sleep(0.001)
print("child done:", idents.get("c-done"), "count:", _thread._count())

r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned(), hasattr(r, "_recursion_count"))
state = r._release_save()
print(state[0], state[1] == _thread.get_ident(), r._is_owned())
r._acquire_restore(state)
print(r._is_owned(), repr(r).split(" at ")[0].replace(str(_thread.get_ident()), "ME"))
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(r).split(" at ")[0].replace(str(_thread.get_ident()), "ME"))

for bad in [lambda: lock.release(), lambda: lock.acquire(False, 1), lambda: lock.acquire(True, -5),
            lambda: _thread.start_new_thread(1, ()), lambda: _thread.start_new_thread(print, [1]),
            lambda: _thread.start_new_thread(print, (), 5), lambda: _thread.stack_size(1024),
            lambda: _thread.LockType()]:
    try:
        bad()
    except (RuntimeError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(_thread.stack_size(), _thread.stack_size(1 << 20), _thread.stack_size(0), _thread.stack_size())
print(_thread.get_native_id() > 0, "daemon_threads_allowed" in dir(_thread))

# an exception in a bare _thread thread goes to sys.unraisablehook
import sys
reports = []
sys.unraisablehook = lambda u: reports.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, u.object.__name__))
done = _thread.allocate_lock()
done.acquire()


def failing():
    try:
        raise KeyError("lost")
    finally:
        done.release()


_thread.start_new_thread(failing, ())
done.acquire()
while _thread._count():
    time.sleep(0.001)
print(reports)
_thread.start_new_thread(_thread.exit, ())
while _thread._count():
    time.sleep(0.001)
print("exit() ended the thread quietly:", len(reports))

try:
    _thread.interrupt_main()
    for _ in range(1000):
        pass
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt from interrupt_main")
