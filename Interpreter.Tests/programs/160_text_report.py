sales = [
    ("north", "widget", 12, 2.50),
    ("south", "widget", 7, 2.50),
    ("north", "gadget", 3, 10.00),
    ("east", "gizmo", 20, 1.25),
    ("south", "gadget", 5, 10.00),
    ("east", "widget", 1, 2.50),
]
by_region = {}
for region, product, qty, price in sales:
    by_region.setdefault(region, []).append((product, qty, qty * price))
print(f"{'region':<8}{'product':<8}{'qty':>5}{'revenue':>10}")
print("-" * 31)
grand = 0.0
for region in sorted(by_region):
    subtotal = 0.0
    for product, qty, rev in sorted(by_region[region]):
        print(f"{region:<8}{product:<8}{qty:>5}{rev:>10.2f}")
        subtotal += rev
    print(f"{'':<16}{'subtotal':>5}{subtotal:>7.2f}")
    grand += subtotal
print("=" * 31)
print(f"{'TOTAL':<21}{grand:>10.2f}")
best = max(sales, key=lambda s: s[2] * s[3])
print("best line:", best, f"{best[2] * best[3]:.1f}")
pct = {r: sum(x[2] for x in v) / grand for r, v in by_region.items()}
print(", ".join(f"{r}={p:.1%}" for r, p in sorted(pct.items())))
