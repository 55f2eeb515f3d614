# Graph algorithms: Dijkstra with heapq, topological sort (Kahn), cycle detection, BFS layers, MST
import heapq
from collections import deque, defaultdict
edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("E", "F", 20)]
graph = defaultdict(list)
for a, b, w in edges:
    graph[a].append((b, w))
    graph[b].append((a, w))
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in sorted(graph[u]):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v], prev[v] = nd, u
                heapq.heappush(pq, (nd, v))
    return dist, prev
dist, prev = dijkstra("A")
print(sorted(dist.items()))
def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return "->".join(reversed(out))
print([path(prev, t) for t in "BCDEF"])
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "log": [], "tests": ["app"]}
def toposort(deps):
    indeg = {k: 0 for k in deps}
    users = defaultdict(list)
    for k, ds in deps.items():
        for d in ds:
            indeg[k] += 1
            users[d].append(k)
    ready = sorted(k for k, n in indeg.items() if n == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    if len(order) != len(deps):
        raise ValueError("cycle among: " + ", ".join(sorted(k for k in deps if k not in order)))
    return order
print(toposort(deps))
try:
    toposort({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
except ValueError as e:
    print("ValueError:", e)
def bfs_layers(start):
    seen, layers, frontier = {start}, [], [start]
    while frontier:
        layers.append(sorted(frontier))
        nxt = []
        for u in frontier:
            for v, _ in graph[u]:
                if v not in seen:
                    seen.add(v)
                    nxt.append(v)
        frontier = nxt
    return layers
print(bfs_layers("F"))
def kruskal():
    parent = {v: v for v in graph}
    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    tree, total = [], 0
    for a, b, w in sorted(edges, key=lambda e: (e[2], e[0], e[1])):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            tree.append((a, b, w))
            total += w
    return tree, total
print(kruskal())
grid = ["S.#.....", ".##.###.", "....#...", "#.#...#E"]
def grid_bfs():
    h, w = len(grid), len(grid[0])
    start = next((r, c) for r in range(h) for c in range(w) if grid[r][c] == "S")
    q, dist = deque([start]), {start: 0}
    while q:
        r, c = q.popleft()
        if grid[r][c] == "E":
            return dist[(r, c)]
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < h and 0 <= nc < w and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return None
print(grid_bfs())
