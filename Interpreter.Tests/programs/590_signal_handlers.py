# conformance: own-process (signal handlers and the wakeup fd are process-wide)
# signal.signal/getsignal/raise_signal/alarm/pause/set_wakeup_fd with CPython's errors, then subprocess and unittest import.
import signal, os, time
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGTERM))
got = []
def h(signum, frame):
    got.append(signal.Signals(signum).name)
old = signal.signal(signal.SIGUSR1, h)
print(old)
signal.raise_signal(signal.SIGUSR1)
print(got)
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(1000000):
    if len(got) > 1: break
print(got)
signal.signal(signal.SIGINT, h)
signal.raise_signal(signal.SIGINT)
print(got)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
print(signal.strsignal(signal.SIGTERM), signal.strsignal(40))
print(len(signal.valid_signals()), signal.Signals.SIGTERM, repr(signal.SIGTERM))
try: signal.signal(signal.SIGKILL, h)
except OSError as e: print(e)
try: signal.signal(99, h)
except ValueError as e: print(e)
try: signal.signal(signal.SIGUSR1, 5)
except TypeError as e: print(e)
import threading
def t():
    try: signal.signal(signal.SIGUSR1, h)
    except ValueError as e: print(e)
th = threading.Thread(target=t); th.start(); th.join()
signal.signal(signal.SIGALRM, h); signal.alarm(1); signal.pause(); print(got[-1])
r, w = os.pipe(); os.set_blocking(w, False)
print(signal.set_wakeup_fd(w)); signal.raise_signal(signal.SIGUSR1); print(os.read(r, 1)); print(signal.set_wakeup_fd(-1) == w)
import subprocess, unittest
print(subprocess.run(['echo', 'hi'], capture_output=True).stdout)
