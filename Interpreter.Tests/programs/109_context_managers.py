class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False
with Resource("a") as r:
    print("inside", r.name)
with Resource("outer") as o, Resource("inner") as i:
    print("both", o.name, i.name)
try:
    with Resource("failing"):
        raise ValueError("oops")
except ValueError as e:
    print("propagated", e)
def f():
    with Resource("in function"):
        return "returned value"
print(f())
for k in range(3):
    with Resource(f"loop{k}"):
        if k == 1:
            continue
        if k == 2:
            break
        print("body", k)
class Value:
    def __enter__(self):
        return 42
    def __exit__(self, *a):
        pass
with Value() as v:
    print("value", v)
with Resource("nested-outer"):
    with Resource("nested-inner"):
        print("deep")
