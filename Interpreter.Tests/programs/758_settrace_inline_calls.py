# sys.settrace / sys.setprofile switched on and off inside nested Python calls: the events of the
# frames already running, of new calls, and of exceptions leaving frames after the switch.
import sys

events = []

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    events.append((event, frame.f_code.co_name, frame.f_lineno - first_line))
    return tracer

def profiler(frame, event, arg):
    if frame.f_code.co_filename == __file__ and event in ("call", "return"):
        events.append(("profile-" + event, frame.f_code.co_name))

first_line = sys._getframe().f_lineno

def leaf(x):
    return x * 2

def start_tracing():
    sys.settrace(tracer)
    return leaf(1)

def middle(n):
    v = start_tracing()
    w = leaf(n)
    return v + w

def outer():
    a = middle(3)
    b = leaf(a)
    return b

print("result", outer())
sys.settrace(None)
for e in events:
    print(*e)

# Tracing that stops inside a callee: the callers finish untraced.
events.clear()

def stop_tracing():
    sys.settrace(None)
    return 7

def traced_caller():
    x = stop_tracing()
    y = leaf(x)
    return y

sys.settrace(tracer)
print("result", traced_caller())
for e in events:
    print(*e)

# An exception raised after tracing started in a callee, caught two frames up.
events.clear()

def fail_after_trace():
    sys.settrace(tracer)
    raise KeyError("k")

def pass_through():
    fail_after_trace()
    return "unreachable"

def catcher():
    try:
        pass_through()
    except KeyError as e:
        return "caught " + repr(e)

print(catcher())
sys.settrace(None)
for e in events:
    print(*e)

# setprofile attached inside a callee: returns of the frames already running are reported.
events.clear()

def start_profile():
    sys.setprofile(profiler)
    return leaf(2)

def profiled_caller():
    return start_profile() + 1

print("result", profiled_caller())
sys.setprofile(None)
for e in events:
    print(*e)
