# conformance: own-process   (finalisation depends on when the runtime collects: no other test may share the heap)
# Weak proxies through _weakref: forwarding, and ReferenceError once the referent is gone.
import gc, _weakref

class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def deposit(self, n):
        self.balance += n
        return self.balance
    def __len__(self):
        return self.balance
    def __getitem__(self, i):
        return self.owner[i]
    def __add__(self, other):
        return self.balance + other
    def __eq__(self, other):
        return isinstance(other, Account) and self.balance == other.balance
    def __str__(self):
        return f"Account({self.owner}, {self.balance})"
    def __iter__(self):
        return iter(range(3))
    def __contains__(self, x):
        return x == "gold"
    def __lt__(self, other):
        return self.balance < other

acct = Account("ann", 10)
p = _weakref.proxy(acct)
print(p.owner, p.balance, p.deposit(5), acct.balance)
p.balance = 100
print(acct.balance, len(p), p[0], p + 1, p + 2)
print(str(p), list(p), "gold" in p, p < 200, p == acct)
print(type(p).__name__, isinstance(p, _weakref.ProxyType))
print(_weakref.getweakrefcount(acct), _weakref.proxy(acct) is p)
try:
    hash(p)
except TypeError:
    print("proxies are unhashable")
def greet(name):
    return "hi " + name
cp = _weakref.proxy(greet)
print(type(cp).__name__, cp("bob"))
del p.owner
print(hasattr(acct, "owner"))
del acct
gc.collect()
try:
    p.balance
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    len(p)
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    p + 1
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    str(p)
except ReferenceError as e:
    print("ReferenceError:", e)
n = [1, 2, 3]
try:
    _weakref.proxy(n)
except TypeError as e:
    print(e)


class Counter:
    def __init__(self):
        self.n = 0

    def __iadd__(self, k):
        self.n += k
        return self

    def __call__(self, x):
        return x * 2


c = Counter()
cp = _weakref.proxy(c)
print(type(cp).__name__, cp(21), callable(cp))
cp += 3
print(c.n, cp is c)
notify = []
c2 = Counter()
pc = _weakref.proxy(c2, lambda ref: notify.append("gone"))
print(pc.n)
del c2
gc.collect()
print(notify)
try:
    pc(1)
except ReferenceError as e:
    print("ReferenceError:", e)
