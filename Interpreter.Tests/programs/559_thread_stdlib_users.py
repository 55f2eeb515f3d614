# Standard modules that need _thread: reprlib (recursive_repr's lock-free guard per thread) and dataclasses.
import reprlib
import threading
import dataclasses


class Node:
    def __init__(self, children):
        self.children = children

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.children!r})"


n = Node([])
n.children.append(n)
print(repr(n))
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100))

@dataclasses.dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 0


points = []


def make(i):
    points.append(Point(i, i * i))


threads = [threading.Thread(target=make, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(points))
print(dataclasses.asdict(max(points)), Point(1) < Point(2))
