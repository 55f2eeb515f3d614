# faulthandler: tracebacks written straight to a descriptor now (dump_traceback), after a timeout
# (dump_traceback_later, once, repeated, cancelled), on a user signal (register) and on a fatal
# signal (enable, in a child: "Fatal Python error: Aborted"); -X faulthandler and the argument
# errors. Thread idents differ between runs, so the text is read back and they are replaced.
# conformance: own-process
import faulthandler, os, re, signal, subprocess, sys, tempfile, threading, time

def show(text):
    text = text.replace(os.path.abspath(__file__), os.path.basename(__file__))
    print(re.sub(r"0x[0-9a-f]{16}", "0xTID", text), end="")

def captured(action):
    with tempfile.TemporaryFile("w+") as f:
        action(f)
        f.seek(0)
        show(f.read())

def inner(f, all_threads):
    faulthandler.dump_traceback(f, all_threads=all_threads)

def outer(f, all_threads):
    inner(f, all_threads)

print(faulthandler.is_enabled())
captured(lambda f: outer(f, False))
captured(lambda f: outer(f, True))
captured(lambda f: faulthandler.dump_traceback(f.fileno(), False))

def recurse(n, f):
    if n:
        return recurse(n - 1, f)
    faulthandler.dump_traceback(f, all_threads=False)
with tempfile.TemporaryFile("w+") as f:
    recurse(120, f)
    f.seek(0)
    lines = f.read().splitlines()
    print(len(lines), lines[0], lines[-1], lines[-2].split(",")[1])

ev = threading.Event()
def waiter():
    ev.wait()
t = threading.Thread(target=waiter)
t.start()
captured(lambda f: faulthandler.dump_traceback(f))
ev.set()
t.join()

def later(f):
    faulthandler.dump_traceback_later(0.2, file=f)
    time.sleep(0.6)
captured(later)

def repeated(f):
    faulthandler.dump_traceback_later(0.15, repeat=True, file=f)
    time.sleep(0.5)
    faulthandler.cancel_dump_traceback_later()
with tempfile.TemporaryFile("w+") as f:
    repeated(f)
    f.seek(0)
    text = f.read()
    print(text.count("Timeout (0:00:00.150000)!") >= 2, "in repeated" in text)

def cancelled(f):
    faulthandler.dump_traceback_later(0.2, file=f)
    faulthandler.cancel_dump_traceback_later()
    time.sleep(0.4)
captured(cancelled)
faulthandler.cancel_dump_traceback_later()

# A user signal: the main thread waits while another thread sends it SIGUSR1.
def user(f):
    faulthandler.register(signal.SIGUSR1, file=f, all_threads=False)
    done = threading.Event()
    def sender():
        time.sleep(0.2)
        signal.pthread_kill(threading.main_thread().ident, signal.SIGUSR1)
        time.sleep(0.3)
        done.set()
    s = threading.Thread(target=sender)
    s.start()
    done.wait(5)
    s.join()
    print(faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))
captured(user)

with tempfile.TemporaryFile("w+") as f:
    print(faulthandler.enable(f), faulthandler.is_enabled(), faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())

for args in [(1.5,), ("x",), (-1,), (object(),)]:
    try:
        faulthandler.dump_traceback(*args)
    except (AttributeError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for args in [(0,), (-1,), (1e300,), ("x",), (1, 2, 3, 4, 5)]:
    try:
        faulthandler.dump_traceback_later(*args)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
for args in [(signal.SIGSEGV,), (signal.SIGABRT,), (99,), (0,), (signal.SIGKILL,)]:
    try:
        faulthandler.register(*args)
    except (RuntimeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
for call in [lambda: faulthandler.enable(sys.stdout, 1, 2), lambda: faulthandler.enable(file=sys.stdout, all_threads=1, x=1),
             lambda: faulthandler.is_enabled(1), lambda: faulthandler.dump_traceback_later(), lambda: faulthandler.unregister(99)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
saved, sys.stderr = sys.stderr, None
try:
    faulthandler.dump_traceback()
except RuntimeError as e:
    print(type(e).__name__, e)
sys.stderr = saved

# Fatal signals in a child process.
crash = "import faulthandler, os\ndef crash(n):\n    if n:\n        crash(n - 1)\n    os.abort()\n{}\ncrash(2)\n"
for flags, setup in [([], "faulthandler.enable()"), (["-X", "faulthandler"], ""), ([], "faulthandler.enable(all_threads=False)"), ([], "")]:
    r = subprocess.run([sys.executable, *flags, "-c", crash.format(setup)], capture_output=True, text=True)
    print(r.returncode)
    show(r.stderr)
r = subprocess.run([sys.executable, "-X", "faulthandler", "-c", "import sys, faulthandler; print('faulthandler' in sys.modules, faulthandler.is_enabled())"],
                   capture_output=True, text=True)
print(r.stdout, end="")
