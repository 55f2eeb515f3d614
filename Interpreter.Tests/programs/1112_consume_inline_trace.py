# Generators consumed by sum/list/sorted under sys.settrace / sys.setprofile, and a tracer
# attached or removed while the consumer runs the generator inline.
import sys

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("gen", "<genexpr>", "attach", "detach", "main"):
        events.append((frame.f_code.co_name, event, frame.f_lineno if event == "line" else None,
                       arg if event in ("return",) and not isinstance(arg, list) else None))
    return tracer


def gen(n):
    for i in range(n):
        yield i


def attach(n):
    for i in range(n):
        if i == 2:
            sys.settrace(tracer)
        yield i


def detach(n):
    for i in range(n):
        if i == 2:
            sys.settrace(None)
        yield i


def main():
    print(sum(gen(4)), list(x * 2 for x in gen(3)))


sys.settrace(tracer)
main()
sys.settrace(None)
for e in events:
    print(e)
events.clear()

print(sum(attach(5)))
sys.settrace(None)
for e in events:
    print(e)
events.clear()

print(list(attach(4)), sorted(x for x in attach(4)))
sys.settrace(None)
print(len(events))
events.clear()

sys.settrace(tracer)
print(sum(detach(5)))
sys.settrace(None)
for e in events:
    print(e)
events.clear()

calls = []


def profiler(frame, event, arg):
    if event.startswith("c_") or frame.f_code.co_name in ("gen", "<genexpr>"):
        calls.append((event, getattr(arg, "__name__", None) if event.startswith("c_") else frame.f_code.co_name))


sys.setprofile(profiler)
r = sum(gen(3)), sorted(gen(2))
sys.setprofile(None)
print(r)
for c in calls:
    print(c)
