# Conway's Game of Life on a torus plus pattern detection (period, extinction)
def parse(rows):
    return {(r, c) for r, line in enumerate(rows) for c, ch in enumerate(line) if ch == "#"}
def step(cells, h, w):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % h, (c + dc) % w)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in cells)}
def render(cells, h, w):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(w)) for r in range(h))
def canonical(cells):
    if not cells:
        return frozenset()
    mr = min(r for r, _ in cells); mc = min(c for _, c in cells)
    return frozenset((r - mr, c - mc) for r, c in cells)
def analyse(name, rows, h, w, limit=60):
    cells = parse(rows)
    seen = {}
    for gen in range(limit):
        key = frozenset(cells)
        if key in seen:
            return f"{name}: period {gen - seen[key]} after {seen[key]} generations, population {len(cells)}"
        seen[key] = gen
        if not cells:
            return f"{name}: extinct at generation {gen}"
        cells = step(cells, h, w)
    return f"{name}: no repeat within {limit}"
glider = [".#...", "..#..", "###..", ".....", "....."]
cells = parse(glider)
for gen in range(5):
    print(f"gen {gen}, population {len(cells)}")
    print(render(cells, 5, 5))
    cells = step(cells, 5, 5)
print(canonical(parse(glider)) == canonical(step(step(step(step(parse(glider), 8, 8), 8, 8), 8, 8), 8, 8)))
print(analyse("blinker", [".....", "..#..", "..#..", "..#..", "....."], 5, 5))
print(analyse("block", ["....", ".##.", ".##.", "...."], 4, 4))
print(analyse("diehard-ish", ["#.#", "...", "..."], 6, 6))
print(analyse("glider on 6x6", glider, 6, 6))
print(analyse("toad", ["......", "......", "..###.", ".###..", "......", "......"], 6, 6))
rpent = parse([".##", "##.", ".#."])
shifted = {(r + 10, c + 10) for r, c in rpent}
pop = []
for _ in range(30):
    shifted = step(shifted, 32, 32)
    pop.append(len(shifted))
print(pop)
