# conformance: full-stderr
# A bytecode tool asking for the stack effect of an instruction that takes no argument, with one:
# the ValueError reaches the top level with CPython's message.
import dis


def effects(names_and_args):
    return [dis.stack_effect(dis.opmap[name], arg) for name, arg in names_and_args]


print(effects([("LOAD_CONST", 0), ("BINARY_OP", 0)]))
print(effects([("RETURN_VALUE", 1)]))
