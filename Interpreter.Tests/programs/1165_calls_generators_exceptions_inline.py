# Generators and exceptions across inline calls: a generator whose body calls Python functions
# that raise, return through finally, and call generators; exceptions crossing several inline
# frames into a handler, with their tracebacks' line numbers; return values passed back through
# try/finally and with-blocks; methods called from generator expressions.
import sys
import traceback


class Boom(Exception):
    pass


def leaf(x):
    if x % 5 == 4:
        raise Boom(x)
    return x * 2


def middle(x):
    try:
        return leaf(x) + 1
    finally:
        middle.finally_runs += 1

middle.finally_runs = 0


def gen(n):
    for i in range(n):
        try:
            yield middle(i)
        except Boom as e:
            yield -e.args[0]


print(list(gen(12)), middle.finally_runs)


def inner_gen(n):
    for i in range(n):
        yield leaf(i)


def outer(n):
    total = 0
    try:
        for v in inner_gen(n):
            total += v
    except Boom as e:
        return ("boom", e.args[0], total)
    return ("done", total)


print(outer(3), outer(10))


def tb_lines(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]


print(tb_lines(middle, 4))
print(tb_lines(lambda: list(gen(5)) and next(inner_gen(10) for _ in range(1)).__next__()))
print(tb_lines(lambda: sum(leaf(i) for i in range(10))))


class Ctx:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, *exc):
        self.log.append(("exit", exc[0].__name__ if exc[0] else None))
        return False


def with_return(log, x):
    with Ctx(log):
        return leaf(x)


log = []
print(with_return(log, 1), log)
log = []
print(tb_lines(with_return, log, 4), log)


def reraiser(x):
    try:
        return leaf(x)
    except Boom:
        raise ValueError("wrapped") from None


def chain(x):
    try:
        return reraiser(x)
    except ValueError as e:
        return (str(e), e.__cause__, e.__suppress_context__, type(e.__context__).__name__)


print(chain(3), chain(4))


class Node:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = kids

    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()

    def total(self):
        return self.v + sum(k.total() for k in self.kids)


tree = Node(1, (Node(2, (Node(4), Node(5))), Node(3, (Node(6, (Node(7),)),))))
print(list(tree.walk()), tree.total())


def send_target():
    got = []
    try:
        while True:
            x = yield len(got)
            got.append(leaf(x))
    except GeneratorExit:
        got.append("closed")
        print("closing with", got)
        raise


g = send_target()
next(g)
print(g.send(1), g.send(2))
try:
    g.send(4)
except Boom as e:
    print("send raised", e.args)
print(sys.exc_info()[0])
g = send_target()
next(g)
g.send(3)
g.close()


def exc_in_handler_calls():
    try:
        leaf(4)
    except Boom:
        return sys.exc_info()[0].__name__, helper_sees()


def helper_sees():
    return sys.exc_info()[0].__name__


print(exc_in_handler_calls(), sys.exc_info())
