# An exception escaping a thread's target goes to threading.excepthook; the default prints it.
# conformance: full-stderr
import sys
import threading


def parse(text):
    return int(text)


def worker():
    parse("not a number")


t = threading.Thread(target=worker, name="parser")
t.start()
t.join()
print("main continues, thread alive:", t.is_alive())

caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook
t = threading.Thread(target=lambda: 1 / 0, name="divider")
t.start()
t.join()
print(caught)
threading.excepthook = threading.__excepthook__

# SystemExit ends a thread silently
t = threading.Thread(target=sys.exit, args=(3,))
t.start()
t.join()
print("SystemExit was silent")
sys.stdout.flush()


class Boom(Exception):
    pass


def nested():
    try:
        {}["key"]
    except KeyError as e:
        raise Boom("while looking up") from e


t = threading.Thread(target=nested, name="chained")
t.start()
t.join()
print("done")
