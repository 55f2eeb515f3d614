# Local trace functions: the value returned for 'call', changing f_trace from inside,
# pdb-style tracing of the current frame, f_trace_lines / f_trace_opcodes, and editing locals.
import sys


def compute(n):
    a = n + 1
    b = a * 2
    c = b - 3
    return c


# The global tracer returns a different local tracer per function.
log = []


def quiet(frame, event, arg):
    log.append(f"quiet {event}")
    return None          # keeps the current local tracer


def loud(frame, event, arg):
    log.append(f"loud  {event} +{frame.f_lineno - frame.f_code.co_firstlineno}")
    if event == "line" and frame.f_lineno - frame.f_code.co_firstlineno == 2:
        frame.f_trace = quiet          # switch tracers from within
    return loud if frame.f_trace is loud else None


def dispatcher(frame, event, arg):
    if frame.f_code is compute.__code__:
        return loud
    return None


sys.settrace(dispatcher)
compute(1)
sys.settrace(None)
print("\n".join(log))


# pdb-style: trace the rest of the current function by setting f_trace on the running frame.
lines = []


def line_logger(frame, event, arg):
    if event == "line":
        lines.append(frame.f_lineno - frame.f_code.co_firstlineno)
    return line_logger


def start_tracing_caller():
    sys._getframe(1).f_trace = line_logger
    sys.settrace(line_logger)


def session():
    x = 1
    start_tracing_caller()
    y = x + 1
    z = y * 2
    sys.settrace(None)
    return z


print(session(), "lines after set_trace:", lines)


# f_trace_lines = False: call and return still arrive, line events do not.
events = []


def no_lines(frame, event, arg):
    if event == "call":
        frame.f_trace_lines = False
    events.append(event)
    return no_lines


sys.settrace(no_lines)
compute(2)
sys.settrace(None)
print("without lines:", events)


# f_trace_opcodes = True: opcode events on every line that runs.
opcode_lines = set()
opcode_count = 0


def opcodes(frame, event, arg):
    global opcode_count
    if event == "call":
        frame.f_trace_opcodes = True
    elif event == "opcode":
        opcode_count += 1
        opcode_lines.add(frame.f_lineno - frame.f_code.co_firstlineno)
    return opcodes


sys.settrace(opcodes)
compute(3)
sys.settrace(None)
print("opcode lines:", sorted(opcode_lines), "several per line:", opcode_count > len(opcode_lines))


# A tracer that edits a local variable before the line that uses it runs.
def patched(frame, event, arg):
    if event == "line" and frame.f_code is compute.__code__ and frame.f_lineno - frame.f_code.co_firstlineno == 3:
        frame.f_locals["b"] = 100
    return patched


sys.settrace(patched)
print("patched result:", compute(1))
sys.settrace(None)
print("unpatched result:", compute(1))


# gettrace returns the installed function; tracing is per call, not retroactive.
def marker(frame, event, arg):
    return None


sys.settrace(marker)
print(sys.gettrace() is marker)
sys.settrace(None)
print(sys.gettrace())
