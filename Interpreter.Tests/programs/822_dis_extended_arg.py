# Code large enough for EXTENDED_ARG: a function reading 300 distinct globals and a loop whose
# body spans more than 256 code units. dis decodes the prefixed arguments, and the jumps around
# the big body land on the right instructions.
import dis

source = "def wide(flag):\n    if flag:\n        return [" + ", ".join(f"g{i}" for i in range(300)) + "]\n    return None\n"
source += "def long_loop(n):\n    t = 0\n    while n > 0:\n" + "".join(f"        t += n * {i}\n" for i in range(120)) + "        n -= 1\n    return t\n"
namespace = {f"g{i}": i for i in range(300)}
exec(compile(source, "<generated>", "exec"), namespace)
wide, long_loop = namespace["wide"], namespace["long_loop"]

instrs = list(dis.get_instructions(wide))
names = [i.argval for i in instrs if i.opname == "LOAD_GLOBAL"]
print("globals loaded in order:", names == [f"g{i}" for i in range(300)])
print("EXTENDED_ARG used:", any(i.opname == "EXTENDED_ARG" for i in instrs))
big = [i for i in instrs if i.opname == "LOAD_GLOBAL" and i.argval == "g299"][0]
print("g299 arg needs a prefix:", big.arg > 255)
print(sum(wide(True)), wide(False))

loop = list(dis.get_instructions(long_loop))
offsets = {i.offset: i for i in loop}
back = [i for i in loop if i.opname.startswith("JUMP_BACKWARD") or "BACKWARD" in i.opname]
exit_jumps = [i for i in loop if "FORWARD" in i.opname]
print("back edges:", len(back) >= 1, "targets are instructions:", all(i.argval in offsets for i in back + exit_jumps))
print("a back edge spans > 256 units:", any(i.offset - i.argval > 512 for i in back))
print("the loop test is the target:", all(offsets[i.argval].opname in ("LOAD_FAST", "EXTENDED_ARG") for i in back))
print(long_loop(3))
