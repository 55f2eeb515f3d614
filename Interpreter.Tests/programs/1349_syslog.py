# The syslog module: its constants, LOG_MASK/LOG_UPTO, setlogmask, CPython's argument errors and the
# audit events of openlog, syslog, setlogmask and closelog (messages go to the system log).
import syslog, sys
print({k: getattr(syslog, k) for k in dir(syslog) if k.startswith('LOG_') and isinstance(getattr(syslog,k), int)})
print(syslog.LOG_MASK(3), syslog.LOG_UPTO(3), syslog.setlogmask(0), syslog.setlogmask(syslog.LOG_UPTO(7)))
for a in [(), (1,2,3), ('x',), (1,), (1.5, 'x'), (None,)]:
    try: syslog.syslog(*a); print('ok', a)
    except Exception as e: print(type(e).__name__, e)
for a, k in [((), {'ident': 1}), ((), {'logoption': 'x'}), (('a', 1, 2, 3), {}), ((), {'x': 1}), ((None,), {})]:
    try: syslog.openlog(*a, **k); print('ok', a, k)
    except Exception as e: print(type(e).__name__, e)
for f in (syslog.closelog, syslog.setlogmask, syslog.LOG_MASK, syslog.LOG_UPTO):
    try: f('x')
    except Exception as e: print(f.__name__, type(e).__name__, e)
sys.addaudithook(lambda ev, a: print('audit', ev, a) if ev.startswith('syslog') else None)
syslog.openlog('herthon-test', syslog.LOG_PID, syslog.LOG_USER)
syslog.syslog(syslog.LOG_DEBUG, 'corpus 1349: hello é')
syslog.syslog('corpus 1349: plain')
print(syslog.setlogmask(syslog.LOG_UPTO(syslog.LOG_ERR)) == syslog.LOG_UPTO(syslog.LOG_DEBUG))
syslog.syslog(syslog.LOG_INFO, 'corpus 1349: masked out')
print(syslog.setlogmask(syslog.LOG_UPTO(syslog.LOG_DEBUG)) == syslog.LOG_UPTO(syslog.LOG_ERR))
syslog.closelog()
syslog.closelog()
