# Attribute-heavy object-oriented code: a small inventory/accounting model with inheritance,
# properties, class attributes, __slots__, super() and dunder methods, updated in a loop.
# bench: default=450000 quick=1000 trace=18000
import sys


class Money:
    __slots__ = ("cents",)

    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, k):
        return Money(self.cents * k)

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return "Money(%d.%02d)" % (self.cents // 100, self.cents % 100)


class Item:
    tax_rate = 20
    count = 0

    def __init__(self, sku, price, qty):
        self.sku = sku
        self._price = price
        self.qty = qty
        self.history = []
        Item.count += 1

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value.cents < 0:
            raise ValueError("negative price")
        self.history.append(self._price)
        self._price = value

    @property
    def value(self):
        return self._price * self.qty

    def tax(self):
        return Money(self.value.cents * self.tax_rate // 100)


class Perishable(Item):
    tax_rate = 5

    def __init__(self, sku, price, qty, days):
        super().__init__(sku, price, qty)
        self.days = days

    def age(self):
        self.days -= 1
        if self.days <= 0:
            self.qty = 0
            self.days = 0

    def tax(self):
        base = super().tax()
        return base if self.days > 2 else Money(0)


class Ledger:
    def __init__(self):
        self.entries = []
        self.balance = Money(0)

    def record(self, label, amount):
        self.entries.append((label, amount))
        self.balance = self.balance + amount


class Store:
    def __init__(self):
        self.items = {}
        self.ledger = Ledger()

    def add(self, item):
        self.items[item.sku] = item

    def sell(self, sku, qty):
        item = self.items[sku]
        if item.qty < qty:
            return False
        item.qty -= qty
        self.ledger.record("sale", item.price * qty)
        return True

    def restock(self, sku, qty):
        item = self.items[sku]
        item.qty += qty
        self.ledger.record("stock", Money(0) - Money(item.price.cents * qty // 2))

    def total_value(self):
        v = Money(0)
        for item in self.items.values():
            v = v + item.value
        return v


def main(n):
    store = Store()
    for i in range(40):
        if i % 3 == 0:
            store.add(Perishable("p%d" % i, Money(100 + i * 7), 50, 5 + i % 9))
        else:
            store.add(Item("i%d" % i, Money(250 + i * 11), 80))
    skus = sorted(store.items)
    sold = 0
    failed = 0
    state = 1
    expected_balance = 0
    for step in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        sku = skus[state % len(skus)]
        item = store.items[sku]
        op = (state >> 8) % 10
        if op < 6:
            q = 1 + (state >> 12) % 4
            if item.qty >= q:
                expected_balance += item.price.cents * q
            if store.sell(sku, q):
                sold += q
            else:
                failed += 1
        elif op < 8:
            q = 5 + (state >> 12) % 10
            expected_balance -= item.price.cents * q // 2
            store.restock(sku, q)
        elif op < 9:
            item.price = Money(max(50, item.price.cents + (state >> 16) % 21 - 10))
        else:
            if isinstance(item, Perishable):
                item.age()
    if store.ledger.balance != Money(expected_balance):
        raise AssertionError("ledger %r != %d" % (store.ledger.balance, expected_balance))
    taxes = Money(0)
    for item in store.items.values():
        taxes = taxes + item.tax()
    changes = sum(len(item.history) for item in store.items.values())
    print("sold", sold, "failed", failed, "entries", len(store.ledger.entries))
    print("balance", store.ledger.balance, "value", store.total_value(), "taxes", taxes)
    print("price changes", changes, "items", Item.count, "max", max(it.price for it in store.items.values()))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 450000)
