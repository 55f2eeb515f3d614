# difflib (unified/context diffs, SequenceMatcher, close matches) and graphlib.TopologicalSorter
import difflib
import graphlib

old = """def greet(name):
    print("Hello, " + name)
    return None

greet("world")
""".splitlines(keepends=True)
new = """def greet(name, punctuation="!"):
    print("Hello, " + name + punctuation)

greet("world")
greet("again")
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(old, new, fromfile="a/greet.py", tofile="b/greet.py")), end="")
print("".join(difflib.context_diff(old, new, fromfile="old", tofile="new", n=1)), end="")
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["one\n", "tree\n", "three\n", "four\n"])), end="")

sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 4), sm.find_longest_match(0, 29, 0, 38))
for tag, i1, i2, j1, j2 in sm.get_opcodes():
    print(f"{tag:7} a[{i1}:{i2}] b[{j1}:{j2}]")
print(sm.get_matching_blocks())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "whale", "shell"], n=2, cutoff=0.5))
print(list(difflib.unified_diff(["a"], ["a"])))

deps = {
    "app": {"lib", "config"},
    "lib": {"core"},
    "config": {"core"},
    "tests": {"app"},
    "core": set(),
}
ts = graphlib.TopologicalSorter(deps)
order = list(ts.static_order())
print(order[0], order[-1], order.index("lib") < order.index("app"), order.index("config") < order.index("app"))

ts = graphlib.TopologicalSorter()
ts.add("deploy", "build", "test")
ts.add("test", "build")
ts.add("build", "fetch")
ts.prepare()
steps = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    steps.append(ready)
    ts.done(*ready)
print(steps)

cyclic = graphlib.TopologicalSorter({"a": {"b"}, "b": {"c"}, "c": {"a"}})
try:
    cyclic.prepare()
except graphlib.CycleError as e:
    print("CycleError:", e.args[0], sorted(e.args[1]))
try:
    graphlib.TopologicalSorter().done("x")
except ValueError as e:
    print("ValueError:", e)
