# Releasing a lock nobody holds is a RuntimeError (threading.Lock is _thread's lock).
import threading

lock = threading.Lock()
with lock:
    pass
lock.release()
