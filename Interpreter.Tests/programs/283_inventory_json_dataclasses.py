# Inventory manager: dataclasses <-> JSON, restocking rules, reports sorted several ways
import json
from dataclasses import dataclass, field, asdict
@dataclass
class Product:
    sku: str
    name: str
    price: float
    stock: int = 0
    reorder_at: int = 5
    tags: list = field(default_factory=list)
    def needs_reorder(self):
        return self.stock <= self.reorder_at
class Inventory:
    def __init__(self):
        self.products = {}
        self.history = []
    def add(self, p):
        if p.sku in self.products:
            raise KeyError(f"duplicate sku {p.sku}")
        self.products[p.sku] = p
    def move(self, sku, delta, reason):
        p = self.products[sku]
        if p.stock + delta < 0:
            raise ValueError(f"insufficient stock for {sku}: have {p.stock}, need {-delta}")
        p.stock += delta
        self.history.append((sku, delta, reason))
    def to_json(self):
        return json.dumps({"products": [asdict(p) for p in self.products.values()], "history": self.history}, sort_keys=True)
    @classmethod
    def from_json(cls, text):
        data = json.loads(text)
        inv = cls()
        for d in data["products"]:
            inv.add(Product(**d))
        inv.history = [tuple(h) for h in data["history"]]
        return inv
inv = Inventory()
for args in [("A1", "Anvil", 120.0, 3), ("B2", "Bucket", 4.5, 40, 10, ["garden"]), ("C3", "Chisel", 12.25, 7, 8, ["tools", "metal"]), ("D4", "Drill", 89.99, 0, 2, ["tools"])]:
    inv.add(Product(*args))
try:
    inv.add(Product("A1", "Again", 1.0))
except KeyError as e:
    print("KeyError:", e)
inv.move("B2", -35, "sale")
inv.move("D4", 10, "restock")
try:
    inv.move("A1", -5, "sale")
except ValueError as e:
    print("ValueError:", e)
text = inv.to_json()
print(text[:120])
inv2 = Inventory.from_json(text)
print(inv2.products == inv.products, inv2.history == inv.history, len(text))
print("reorder:", [p.sku for p in inv2.products.values() if p.needs_reorder()])
value = sum(p.price * p.stock for p in inv2.products.values())
print(f"stock value: {value:,.2f}")
for key, rev in [(lambda p: p.price, False), (lambda p: (-p.stock, p.name), False), (lambda p: len(p.tags), True)]:
    print([p.sku for p in sorted(inv2.products.values(), key=key, reverse=rev)])
by_tag = {}
for p in inv2.products.values():
    for t in p.tags or ["untagged"]:
        by_tag.setdefault(t, []).append(p.name)
print(json.dumps(by_tag, sort_keys=True, indent=1))
print(f"{'SKU':<5}{'Name':<8}{'Price':>9}{'Stock':>7}")
for p in inv2.products.values():
    print(f"{p.sku:<5}{p.name:<8}{p.price:>9.2f}{p.stock:>7}{' *' if p.needs_reorder() else ''}")
