# Timer, daemon threads, thread names/idents, enumerate(), and the join of non-daemon threads at exit.
import threading
import time

fired = []
t = threading.Timer(0.01, fired.append, args=["timer fired"])
t.start()
t.join()
print(fired)
cancelled = threading.Timer(10, fired.append, args=["never"])
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired, cancelled.is_alive())

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, threading.get_ident() == main.ident)
stop = threading.Event()
d = threading.Thread(target=stop.wait, name="background", daemon=True)
d.start()
names = sorted(th.name for th in threading.enumerate())
print(names, threading.active_count())
print(d.daemon, d.is_alive(), d.ident is not None, d.native_id is not None)
print(repr(d).split(",")[0].replace(f"{d.ident}", "ID"))
stop.set()
d.join(timeout=5)
print("daemon finished:", not d.is_alive())

t = threading.Thread(target=lambda: None)
print(t.name.startswith("Thread-"), t.ident, t.is_alive())
t.start()
t.join()
print(t.ident is not None, t.is_alive())

# A daemon thread still blocked at exit is abandoned; a non-daemon thread is joined first.
threading.Thread(target=threading.Event().wait, daemon=True).start()


main_done = threading.Event()


def late():
    main_done.wait()
    time.sleep(0.01)
    print("non-daemon thread finished after main")


threading.Thread(target=late).start()
print("main body done")
main_done.set()
