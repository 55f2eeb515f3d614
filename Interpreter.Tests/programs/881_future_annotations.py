# `from __future__ import annotations` (PEP 563): annotations stay strings, so classes can name
# themselves and types defined later; typing.get_type_hints resolves them when asked.
from __future__ import annotations

import typing
from dataclasses import dataclass, field, fields


@dataclass
class TreeNode:
    value: int
    children: list[TreeNode] = field(default_factory=list)
    parent: TreeNode | None = None

    def add(self, value: int) -> TreeNode:
        child = TreeNode(value, parent=self)
        self.children.append(child)
        return child


def depth_first(node: TreeNode, depth: int = 0) -> typing.Iterator[tuple[int, TreeNode]]:
    yield depth, node
    for child in node.children:
        yield from depth_first(child, depth + 1)


class Registry:
    handlers: dict[str, typing.Callable[[Event], None]] = {}
    limit: int | None = None


@dataclass(frozen=True)
class Event:
    name: str
    payload: Mapping[str, object]   # never evaluated: Mapping is not even imported


root = TreeNode(1)
a = root.add(2)
a.add(4)
root.add(3)
print([(d, n.value) for d, n in depth_first(root)])
print(TreeNode.__annotations__)
print(depth_first.__annotations__)
print(Registry.__annotations__)
print([(f.name, f.type) for f in fields(Event)])
print(typing.get_type_hints(TreeNode))
print(typing.get_type_hints(depth_first)["return"])
try:
    typing.get_type_hints(Event)
except NameError as e:
    print("NameError:", e)
print(TreeNode.add.__annotations__, typing.get_type_hints(TreeNode.add))
