# sys._current_frames() and sys._current_exceptions(): every thread's innermost frame and the
# exception it is handling, by thread ident; the frames walk back through f_back as any frame.
import sys
import threading
import traceback

entered = threading.Event()
leave = threading.Event()
idents = []


def f123():
    g456()


def g456():
    idents.append(threading.get_ident())
    try:
        raise ValueError("oops")
    except ValueError:
        entered.set()
        leave.wait()


t = threading.Thread(target=f123)
t.start()
entered.wait()
try:
    frames = sys._current_frames()
    print(sorted(type(k).__name__ for k in frames), len(frames))
    main = threading.get_ident()
    print(main in frames, idents[0] in frames)
    print(frames.pop(main) is sys._getframe())
    stack = traceback.extract_stack(frames.pop(idents[0]))
    names = [s.name for s in stack]
    i = names.index("f123")
    print(names[i:i + 2], stack[i].line)
    print(stack[i + 1].line in ("entered.set()", "leave.wait()"))

    excs = sys._current_exceptions()
    print(excs.pop(main))
    etype, value, tb = excs.pop(idents[0])
    print(etype.__name__, value, type(tb).__name__)
    print([s.name for s in traceback.extract_stack(tb.tb_frame)][-1])
    try:
        sys._current_frames(1)
    except TypeError as e:
        print("TypeError", e)
finally:
    leave.set()
    t.join()

seen = []
sys.addaudithook(lambda event, args: event.startswith("sys._current") and seen.append(event))
sys._current_frames()
sys._current_exceptions()
print(seen)
