# conformance: full-stderr
# A trace function that raises on 'call': the error leaves the traced frame, tracing is off.
import sys


def audit_tracer(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "transfer":
        raise PermissionError(f"transfers may not be traced ({event})")
    return audit_tracer


def transfer(amount):
    fee = amount // 100
    return amount - fee


print(transfer(500))
sys.settrace(audit_tracer)
print(transfer(1000))
print("not reached")
