# _thread.interrupt_main(signum) acts as if the main thread received the signal: its Python
# handler runs there; SIG_IGN and SIG_DFL make it do nothing.
import _thread
import signal
import threading

saved = signal.getsignal(signal.SIGINT)
signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()
signal.signal(signal.SIGINT, signal.SIG_DFL)
_thread.interrupt_main(signal.SIGINT)
signal.signal(signal.SIGINT, saved)
print('ignored and default: nothing happened')

received = []


def on_term(signum, frame):
    received.append(signal.Signals(signum).name)
    raise RuntimeError('stop requested')


signal.signal(signal.SIGTERM, on_term)
try:
    _thread.interrupt_main(signal.SIGTERM)
    for _ in range(10):
        pass
except RuntimeError as e:
    print('handler raised:', e, received)
signal.signal(signal.SIGTERM, signal.SIG_DFL)

# From a worker thread: the main thread gets KeyboardInterrupt (SIGINT's default handler).
worker = threading.Thread(target=_thread.interrupt_main)
try:
    worker.start()
    worker.join()
    for _ in range(1000):
        pass
    print('not interrupted')
except KeyboardInterrupt:
    print('KeyboardInterrupt in the main thread')

try:
    _thread.interrupt_main(0)
except ValueError as e:
    print('ValueError:', e)
