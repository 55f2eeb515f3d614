# tracemalloc while tracing is off: what warnings, asyncio and unittest ask it answers as CPython does.
import tracemalloc
import warnings

print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
print(tracemalloc.get_object_traceback(object()))
tracemalloc.stop()
tracemalloc.clear_traces()
tracemalloc.reset_peak()
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    tracemalloc.start(0)
except ValueError as e:
    print("ValueError:", e)

# A ResourceWarning's message consults tracemalloc for the allocation traceback.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("unclosed file <demo>", ResourceWarning, source=object())
for w in caught:
    print(w.category.__name__, w.message)
    print(warnings.formatwarning(w.message, w.category, "demo.py", 1).strip())
