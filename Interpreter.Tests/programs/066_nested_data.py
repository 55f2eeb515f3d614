inventory = {
    "fruits": [{"name": "apple", "qty": 5}, {"name": "pear", "qty": 0}],
    "veg": [{"name": "leek", "qty": 2}],
}
for cat in inventory:
    for item in inventory[cat]:
        status = "in stock" if item["qty"] else "out"
        print(cat, item["name"], item["qty"], status)
print(sum(i["qty"] for items in inventory.values() for i in items))
inventory["veg"].append({"name": "kale", "qty": 7})
print(len(inventory["veg"]), inventory["veg"][-1])
grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid)
print(grid[1][2], grid[-1][-1][0])
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
def walk(node, depth=0):
    name, kids = node
    print("  " * depth + name)
    for k in kids:
        walk(k, depth + 1)
walk(tree)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(row) for row in zip(*matrix)])
print([matrix[i][i] for i in range(3)], sum(sum(r) for r in matrix))
records = [("x", 3), ("y", 1), ("x", 4), ("z", 1), ("y", 5)]
by_key = {}
for k, v in records:
    by_key.setdefault(k, []).append(v)
print(by_key, {k: sum(v) for k, v in by_key.items()})
