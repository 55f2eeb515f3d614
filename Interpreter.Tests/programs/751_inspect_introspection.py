# inspect: signatures, binding arguments, source retrieval, members, frames and classification.
import inspect
from dataclasses import dataclass

def transfer(src: str, dst: str, amount: float = 0.0, *, currency="EUR", **meta) -> bool:
    """Move money between accounts."""
    return True

class Account:
    """A bank account."""
    rate = 0.01
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    @property
    def rich(self):
        return self.balance > 1000
    @staticmethod
    def fee(n):
        return n * 0.5
    @classmethod
    def empty(cls, owner):
        return cls(owner)
    async def sync(self):
        pass

# Yields a single value.
def counter():
    yield 1

sig = inspect.signature(transfer)
print(sig)
for name, p in sig.parameters.items():
    print(f"  {name:8} {p.kind.name:22} default={p.default!r} annotation={p.annotation!r}")
print(sig.return_annotation, inspect.signature(Account), inspect.signature(Account.deposit))
b = sig.bind("alice", "bob", currency="USD", memo="rent")
b.apply_defaults()
print(b.arguments, b.args, b.kwargs)
try:
    sig.bind("only-one")
except TypeError as e:
    print("TypeError:", e)
print(sig.replace(return_annotation=inspect.Signature.empty))
print(inspect.signature(lambda a, /, b, *c: None))

print(inspect.getdoc(transfer), "|", inspect.getdoc(Account.fee))
print(inspect.getsource(Account.deposit), end="")
lines, start = inspect.getsourcelines(counter)
print(start, len(lines), inspect.getfile(transfer).rsplit("/", 1)[-1], inspect.getmodule(transfer).__name__)
print(inspect.getcomments(counter))

members = inspect.getmembers(Account, inspect.isfunction)
print([n for n, _ in members])
print([n for n, _ in inspect.getmembers(Account(  "x"), lambda v: not callable(v)) if not n.startswith("__")])
print([(a.name, a.kind) for a in inspect.classify_class_attrs(Account) if a.defining_class is Account
       and not a.name.startswith("__")])
print(inspect.isclass(Account), inspect.ismethod(Account("a").deposit), inspect.isgeneratorfunction(counter),
      inspect.iscoroutinefunction(Account.sync), inspect.isbuiltin(len), inspect.isroutine(Account.fee))
print(type(inspect.getattr_static(Account, "rich")).__name__, inspect.getmro(bool))
print(inspect.getfullargspec(transfer))
print(inspect.unwrap(inspect.unwrap).__name__, inspect.cleandoc("  a\n    b\n  c"))

def who_called():
    frame = inspect.currentframe().f_back
    info = inspect.getframeinfo(frame)
    return info.function, info.lineno, [f.function for f in inspect.stack()[:3]]
def outer():
    return who_called()
print(outer())
gen = counter()
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen), inspect.getgeneratorlocals(gen))

@dataclass
class Point:
    x: int
    y: int = 0
print(inspect.signature(Point), inspect.get_annotations(Point))
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=1))
try:
    inspect.getsource(len)
except TypeError as e:
    print("TypeError:", e)
