# pprint of nested configuration-like data: wrapping, sorting, depth limits, pformat, width.
import pprint
import re
from collections import OrderedDict, defaultdict, Counter

inventory = {
    "warehouse": "north",
    "items": [
        {"sku": "A-100", "name": "bolt", "qty": 1200, "tags": ["metal", "small"]},
        {"sku": "B-220", "name": "bracket", "qty": 85, "tags": ["metal", "large", "painted"]},
        {"sku": "C-007", "name": "washer", "qty": 5000, "tags": []},
    ],
    "suppliers": ("Acme Corp", "Globex", "Initech"),
    "thresholds": {"low": 100, "critical": 10},
    "active": True,
    "ratio": 0.125,
}

pprint.pprint(inventory)
print("--- width=40")
pprint.pprint(inventory["items"][1], width=40)
print("--- depth=2")
pprint.pprint(inventory, depth=2)
print("--- sort_dicts=False, compact")
pprint.pprint(inventory, sort_dicts=False, compact=True, width=60)
print("--- indent=4")
pprint.pprint(list(range(30)), indent=4, width=50)

text = pprint.pformat({"long": "word " * 20}, width=50)
print(text)
print(pprint.isreadable(inventory), pprint.isrecursive(inventory))

cyclic = [1, 2]
cyclic.append(cyclic)
print(re.sub(r"id=\d+", "id=N", pprint.pformat(cyclic)), pprint.isrecursive(cyclic))

counts = Counter("mississippi")
pprint.pprint(dict(sorted(counts.items())))
od = OrderedDict([("z", 1), ("a", [1, 2, 3] * 8)])
pprint.pprint(od, width=40)
dd = defaultdict(list)
dd["x"].append(1)
pprint.pprint(dd)

pp = pprint.PrettyPrinter(width=30, indent=2)
pp.pprint({"nested": {"deeper": {"deepest": list("abcdefghij")}}})
print(pp.pformat((1, "two", 3.0, None, b"bytes")))
pprint.pprint("a long string that will need to be wrapped over several lines " * 3, width=40)
pprint.pprint(b"\x00\x01binary data repeated " * 4, width=40)
