# A Thread object can be started only once.
import threading

results = []
t = threading.Thread(target=results.append, args=("ran",))
t.start()
t.join()
print(results)
t.start()
