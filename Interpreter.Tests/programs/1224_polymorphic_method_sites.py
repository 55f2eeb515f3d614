# One LOAD_METHOD site that sees instances of several classes (a scheduler's `t.run()` over task
# subclasses, a base-class method's `self.helper()`): each class's method, and what changes it
# after the site specialised: a method replaced or deleted on a base or a subclass, an instance
# attribute shadowing the method, __class__ assignment, a staticmethod/classmethod/property or a
# plain callable put where the method was, more classes than the site keeps, and a missing
# method's AttributeError.


class Task:
    def __init__(self, name):
        self.name = name
        self.count = 0

    def run(self):
        return "Task.run " + self.name

    def step(self):
        self.count += 1
        return self.helper()

    def helper(self):
        return "Task.helper"


class A(Task):
    def run(self):
        return "A.run " + self.name


class B(Task):
    def run(self):
        return "B.run " + self.name

    def helper(self):
        return "B.helper"


class C(B):
    pass


class D(Task):
    def __init__(self, name):
        super().__init__(name)
        self.more = [1, 2]


class E(A):
    def helper(self):
        return "E.helper"


class F(Task):
    __slots__ = ()


def run_all(tasks):
    return [t.run() for t in tasks]


def step_all(tasks):
    out = []
    for t in tasks:
        out.append(t.step())
    return out


tasks = [A("a"), B("b"), C("c"), D("d"), Task("t")]
for _ in range(4):
    r = run_all(tasks)
    s = step_all(tasks)
print(r)
print(s)
wide = tasks + [E("e"), F("f")]
for _ in range(3):
    r = run_all(wide)
    s = step_all(wide)
print(r)
print(s)
print([t.count for t in wide])

# replace a method on a base class and on a subclass after the site specialised
A.run = lambda self: "new A.run " + self.name
print(run_all(tasks))
Task.run = lambda self: "new Task.run " + self.name
print(run_all(tasks))
del B.run
print(run_all(tasks))
del A.run
print(run_all(tasks))
Task.helper = staticmethod(lambda: "static helper")
print(step_all(tasks))
Task.helper = classmethod(lambda cls: "classmethod helper of " + cls.__name__)
print(step_all(tasks))
del B.helper
print(step_all(tasks))

# an instance attribute shadows the method (dict instance), a callable object, a property
t = tasks[3]
t.run = lambda: "instance run"
print(run_all(tasks))
del t.run
print(run_all(tasks))


class Callable:
    def __call__(self, *args):
        return "Callable called with %d args" % len(args)


D.run = Callable()
print(run_all(tasks))
D.run = property(lambda self: lambda: "property's function")
print(run_all(tasks))
del D.run

# __class__ assignment between the classes the site knows
x = A("x")
for _ in range(3):
    run_all([x, tasks[1]])
x.__class__ = B
print(run_all([x]))
x.__class__ = E
print(run_all([x]), step_all([x]))

# a missing method, and a class whose instances lack one
class NoRun:
    pass


try:
    run_all(tasks + [NoRun()])
except AttributeError as e:
    print("AttributeError:", e)

# __getattribute__ on a subclass added later
class Logged(A):
    def __getattribute__(self, name):
        if name == "run":
            return lambda: "logged run"
        return object.__getattribute__(self, name)


print(run_all(tasks + [Logged("l")]))
print(step_all([Logged("m"), tasks[0]]))
