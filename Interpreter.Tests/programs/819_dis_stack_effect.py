# opcode.stack_effect / dis.stack_effect for the instructions whose stack behaviour is defined the
# same way everywhere (loads, stores, builds, binary operations, conditional jumps), and its errors.
import dis
import opcode

op = opcode.opmap
print("LOAD_CONST", dis.stack_effect(op["LOAD_CONST"], 0))
print("LOAD_FAST", dis.stack_effect(op["LOAD_FAST"], 3), "STORE_FAST", dis.stack_effect(op["STORE_FAST"], 3))
print("POP_TOP", dis.stack_effect(op["POP_TOP"]), "RETURN_VALUE", dis.stack_effect(op["RETURN_VALUE"]))
print("BINARY_OP", dis.stack_effect(op["BINARY_OP"], 0), dis.stack_effect(op["BINARY_OP"], 13))
print("COMPARE_OP", dis.stack_effect(op["COMPARE_OP"], 2), "IS_OP", dis.stack_effect(op["IS_OP"], 1),
      "CONTAINS_OP", dis.stack_effect(op["CONTAINS_OP"], 0))
for name in ("BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_STRING"):
    print(name, [dis.stack_effect(op[name], n) for n in range(4)])
print("BUILD_MAP", [dis.stack_effect(op["BUILD_MAP"], n) for n in range(4)])
print("BUILD_SLICE", dis.stack_effect(op["BUILD_SLICE"], 2), dis.stack_effect(op["BUILD_SLICE"], 3))
print("UNPACK_SEQUENCE", [dis.stack_effect(op["UNPACK_SEQUENCE"], n) for n in range(1, 4)])
print("UNPACK_EX", dis.stack_effect(op["UNPACK_EX"], 1 | 2 << 8))
print("STORE_ATTR", dis.stack_effect(op["STORE_ATTR"], 0), "STORE_SUBSCR", dis.stack_effect(op["STORE_SUBSCR"]),
      "DELETE_SUBSCR", dis.stack_effect(op["DELETE_SUBSCR"]))
print("LIST_APPEND", dis.stack_effect(op["LIST_APPEND"], 2), "MAP_ADD", dis.stack_effect(op["MAP_ADD"], 2),
      "SET_ADD", dis.stack_effect(op["SET_ADD"], 2))
print("FORMAT_VALUE", dis.stack_effect(op["FORMAT_VALUE"], 0), dis.stack_effect(op["FORMAT_VALUE"], 4))
print("MAKE_FUNCTION", [dis.stack_effect(op["MAKE_FUNCTION"], flags) for flags in (0, 1, 3, 8, 15)])
print("RAISE_VARARGS", [dis.stack_effect(op["RAISE_VARARGS"], n) for n in range(3)])
print("GET_ITER", dis.stack_effect(op["GET_ITER"]), "COPY", dis.stack_effect(op["COPY"], 2),
      "SWAP", dis.stack_effect(op["SWAP"], 2))
for name in ("FOR_ITER", "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "POP_JUMP_FORWARD_IF_FALSE",
             "POP_JUMP_FORWARD_IF_TRUE", "JUMP_FORWARD", "JUMP_BACKWARD"):
    print(name, dis.stack_effect(op[name], 4, jump=True), dis.stack_effect(op[name], 4, jump=False),
          dis.stack_effect(op[name], 4))

# Every opcode the table names has a stack effect (or is EXTENDED_ARG-like bookkeeping).
for name, number in sorted(op.items()):
    arg = 0 if number >= opcode.HAVE_ARGUMENT else None
    try:
        dis.stack_effect(number, arg)
    except ValueError as exc:
        if name not in ("CACHE", "EXTENDED_ARG"):
            print("no effect:", name, exc)

for args, kwargs in [((op["POP_TOP"], 0), {}), ((op["LOAD_CONST"],), {}),
                     ((op["LOAD_CONST"], 0), {"jump": 1}), ((255, 0), {})]:
    try:
        dis.stack_effect(*args, **kwargs)
    except ValueError as exc:
        print("ValueError:", exc)
