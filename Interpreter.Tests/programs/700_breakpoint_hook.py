# breakpoint() calls sys.breakpointhook, which reads $PYTHONBREAKPOINT: a hook a program or a test
# can replace, and 0 to turn breakpoints off.
import os
import sys
import warnings

calls = []


def record(*args, **kwargs):
    calls.append((args, kwargs))
    return 'recorded'


sys.breakpointhook = record
print(breakpoint(1, where='here'))
print(calls)
sys.breakpointhook = sys.__breakpointhook__

os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())

os.environ['PYTHONBREAKPOINT'] = '__main__.record'
print(breakpoint('via env'))
print(calls[-1])

os.environ['PYTHONBREAKPOINT'] = 'no_such_module_xyz.hook'
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(breakpoint())
print([(w.category.__name__, str(w.message)) for w in caught])

del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print('RuntimeError:', e)
sys.breakpointhook = sys.__breakpointhook__
