# A thread cannot join itself: the error raised in the thread reaches the main thread through a queue.
# conformance: full-stderr
import queue
import threading

errors = queue.Queue()


def join_myself():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.put(e)


t = threading.Thread(target=join_myself)
t.start()
t.join()
print("worker reported:", errors.get_nowait())
threading.current_thread().join()
