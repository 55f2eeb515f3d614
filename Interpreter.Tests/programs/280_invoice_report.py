# A small invoicing program: line items, discounts, taxes, rounding in cents, formatted report
from dataclasses import dataclass, field
@dataclass
class Line:
    sku: str
    desc: str
    qty: int
    unit_cents: int
    tax_rate: float = 0.2
    @property
    def net(self): return self.qty * self.unit_cents
@dataclass
class Invoice:
    number: str
    customer: str
    lines: list = field(default_factory=list)
    discount_pct: float = 0.0
    def add(self, *args, **kw):
        self.lines.append(Line(*args, **kw))
        return self
    def totals(self):
        net = sum(l.net for l in self.lines)
        discount = round(net * self.discount_pct / 100)
        factor = (net - discount) / net if net else 0
        tax = sum(round(l.net * factor * l.tax_rate) for l in self.lines)
        return net, discount, tax, net - discount + tax
def money(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100:,}.{cents % 100:02d}"
def render(inv):
    out = [f"INVOICE {inv.number:>10}", f"Customer: {inv.customer}", "-" * 56,
           f"{'SKU':<8}{'Description':<20}{'Qty':>5}{'Unit':>10}{'Net':>13}"]
    for l in inv.lines:
        out.append(f"{l.sku:<8}{l.desc[:19]:<20}{l.qty:>5}{money(l.unit_cents):>10}{money(l.net):>13}")
    net, disc, tax, total = inv.totals()
    out.append("-" * 56)
    for label, val in [("Subtotal", net), (f"Discount {inv.discount_pct:g}%", -disc), ("Tax", tax), ("TOTAL", total)]:
        out.append(f"{label:>43}{money(val):>13}")
    return "\n".join(out)
inv = Invoice("2024-0042", "ACME Corp", discount_pct=7.5)
inv.add("W-1", "Widget, large", 12, 1999).add("G-7", "Gadget with a very long description", 3, 45050, tax_rate=0.1)
inv.add("S-0", "Service fee", 1, 12000, tax_rate=0.0).add("B-2", "Bolts (box)", 250, 37)
print(render(inv))
print()
empty = Invoice("0", "Nobody")
print(render(empty))
by_rate = {}
for l in inv.lines:
    by_rate.setdefault(l.tax_rate, []).append(l.sku)
print(sorted(by_rate.items()))
print(max(inv.lines, key=lambda l: l.net).sku, sum(l.qty for l in inv.lines), [money(c) for c in (0, 5, 100, 123456789, -250)])
