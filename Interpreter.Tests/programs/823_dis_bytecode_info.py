# dis.Bytecode, code_info and show_code over closures and generators, and the tools built on the
# bytecode: Bytecode.from_traceback / distb point at the failing instruction, and modulefinder
# reads a module's imports from its code.
import dis
import io
import modulefinder
import os
import tempfile


def make_counter(start, *, step=1):
    """Counts from start."""
    count = start * step

    def advance():
        nonlocal count
        count += 1
        return count
    return advance


def evens(limit):
    n = 0
    while n < limit:
        yield n
        n += 2


def info_lines(obj):
    # The stack size and the order and repetition of constants are the compiler's own, the file name
    # and nested code objects' addresses depend on where and when it runs; the rest is the language's.
    lines, skipping = [], False
    for line in dis.code_info(obj).splitlines():
        if line.startswith("Constants:"):
            skipping = True
            code = getattr(obj, "__code__", obj)
            lines.append("Constants: " + repr(sorted({repr(c) for c in code.co_consts if not hasattr(c, "co_code")})))
            continue
        if skipping and line.startswith("   "):
            continue
        skipping = False
        if not line.startswith(("Stack size", "Filename")):
            lines.append(line)
    return lines


for obj in (make_counter, make_counter(3), evens):
    print("\n".join(info_lines(obj)))
    print("--")

out = io.StringIO()
dis.show_code(make_counter, file=out)
print(out.getvalue().splitlines()[0], out.getvalue().splitlines()[1].endswith("823_dis_bytecode_info.py"))

bc = dis.Bytecode(evens)
print(bc.codeobj is evens.__code__, bc.first_line == evens.__code__.co_firstlineno)
print("yields:", sum(1 for i in bc if i.opname == "YIELD_VALUE"), list(evens(7)))
print(bc.dis() == "".join(dis.Bytecode(evens).dis()))


def divide(a, b):
    return a / b


try:
    divide(1, 0)
except ZeroDivisionError as exc:
    tb = exc.__traceback__
    current = dis.Bytecode.from_traceback(tb.tb_next)
    print("current instruction:", [i.opname for i in current if i.offset == current.current_offset],
          [i.argrepr for i in current if i.offset == current.current_offset])
    out = io.StringIO()
    dis.distb(tb.tb_next, file=out)
    marked = [line.split()[2:] for line in out.getvalue().splitlines() if "-->" in line]
    print("distb marks:", marked)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "uses_imports.py")
    with open(path, "w") as f:
        f.write("import json\nfrom os import path as p\nfrom . import nothing_here\n")
    mf = modulefinder.ModuleFinder()
    code = compile(open(path).read(), path, "exec")
    print(sorted((name, level, fromlist) for name, level, fromlist in dis._find_imports(code)))
    print(sorted(dis._find_store_names(code)))
