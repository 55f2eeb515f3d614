# conformance: full-stderr
# An exception nobody catches, raised five Python calls deep (a function, a method through a
# bound method, keyword arguments, a closure), after a handled exception in one of the frames:
# the traceback lists every frame with its line, and the context is printed first.
class Ledger:
    def __init__(self):
        self.entries = {}

    def post(self, account, amount):
        def apply(current):
            if current + amount < 0:
                raise ValueError(f"account {account} would go negative: {current} + {amount}")
            return current + amount
        self.entries[account] = apply(self.entries.get(account, 0))


def transfer(ledger, src, dst, amount):
    post = ledger.post
    post(dst, amount)
    post(src, amount=-amount)


def settle(ledger, moves):
    for src, dst, amount in moves:
        try:
            transfer(ledger, src, dst, amount)
        except ValueError as e:
            print("rejected:", e)
            transfer(ledger, "reserve", src, amount)


ledger = Ledger()
ledger.post("reserve", 20)
settle(ledger, [("a", "b", 0), ("a", "b", 30)])
print(ledger.entries)
