# dis over functions of every shape (loops, try/except, with, comprehensions, closures, match):
# the properties any correct bytecode has, whatever its instruction sequence: jump targets and
# exception handlers land on instruction starts, the stack never goes negative along any path and
# stays within co_stacksize, and the names the code loads and stores.
import dis
import opcode

JUMPS = set(opcode.hasjrel) | set(opcode.hasjabs)
UNCONDITIONAL = {"JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT"}
TERMINAL = {"RETURN_VALUE", "RAISE_VARARGS", "RERAISE"}


def flow_ok(code):
    """Walk every path with dis.stack_effect; each offset must always be reached at one depth."""
    instrs = {i.offset: i for i in dis.get_instructions(code)}
    order = sorted(instrs)
    nxt = {a: b for a, b in zip(order, order[1:])}
    table = dis._parse_exception_table(code)
    depth_at = {}
    work = [(0, 0)]
    for e in table:
        work.append((e.target, e.depth + 1 + e.lasti))
    while work:
        off, depth = work.pop()
        if off not in instrs or depth < 0 or depth > code.co_stacksize:
            return False
        if off in depth_at:
            if depth_at[off] != depth:
                return False
            continue
        depth_at[off] = depth
        ins = instrs[off]
        arg = ins.arg if ins.opcode >= opcode.HAVE_ARGUMENT else None
        if ins.opname in TERMINAL:
            continue
        if ins.opcode in JUMPS:
            work.append((ins.argval, depth + dis.stack_effect(ins.opcode, arg, jump=True)))
            if ins.opname in UNCONDITIONAL:
                continue
            work.append((nxt.get(off, -1), depth + dis.stack_effect(ins.opcode, arg, jump=False)))
        elif off in nxt:
            work.append((nxt[off], depth + dis.stack_effect(ins.opcode, arg)))
    return True


def describe(fn):
    code = fn.__code__
    instrs = list(dis.get_instructions(fn))
    starts = {i.offset for i in instrs}
    targets = [i.argval for i in instrs if i.opcode in JUMPS]
    handlers = [e.target for e in dis._parse_exception_table(code)]
    loaded = sorted({i.argval for i in instrs if i.opname in ("LOAD_GLOBAL", "LOAD_NAME")})
    stored = sorted({i.argval for i in instrs if i.opname == "STORE_FAST"})
    derefs = sorted({i.argval for i in instrs if i.opcode in opcode.hasfree})
    print(fn.__name__, "jumps land:", all(t in starts for t in targets),
          "handlers land:", all(h in starts for h in handlers), "has handlers:", bool(handlers),
          "stack ok:", flow_ok(code))
    print("   globals", loaded, "locals", stored, "cells", derefs)


def loops(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        while total > 100:
            total //= 2
        total += i
    else:
        total += 1
    return total


def handlers(path):
    try:
        value = int(path)
    except ValueError as exc:
        value = len(str(exc))
    except (TypeError, KeyError):
        value = -1
    else:
        value += 1
    finally:
        path = None
    return value


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def with_blocks(items):
    with Resource() as r, Resource():
        for x in items:
            if x is None:
                break
    return r


def comprehensions(words):
    lengths = [len(w) for w in words if w]
    index = {w: i for i, w in enumerate(words)}
    letters = {c for w in words for c in w}
    return sum(x for x in lengths), index, letters


def closures(start):
    count = start

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


def matching(command):
    match command.split():
        case ["go", direction] if direction in ("north", "south"):
            return direction
        case ["take", *items]:
            return len(items)
        case [{"x": x}] | [(x, _)]:
            return x
        case _:
            return None


for fn in (loops, handlers, with_blocks, comprehensions, closures, closures(0), matching):
    describe(fn)
print(loops(20), handlers("12"), handlers("x"), comprehensions(["ab", "", "c"])[0], closures(5)(2), matching("take a b"))
