# dis: what the module offers without disassembling interpreter-specific bytecode: opcode tables,
# flags and code object introspection.
import dis
import opcode

print(dis.opname[dis.opmap["LOAD_CONST"]], "BINARY_OP" in dis.opmap, dis.HAVE_ARGUMENT > 0)
print(sorted(dis.COMPILER_FLAG_NAMES.values())[:4])
print(len(dis.cmp_op), dis.cmp_op[:3], opcode.opmap["RETURN_VALUE"] == dis.opmap["RETURN_VALUE"])

def area(w, h=2):
    total = w * h
    return total

co = area.__code__
print(co.co_name, co.co_argcount, co.co_varnames, co.co_consts[:1], co.co_filename.rsplit("/", 1)[-1])
print(dis.pretty_flags(co.co_flags))
info = dis.code_info(area)
print([line.split(":")[0] for line in info.splitlines()][:5])
print(list(dis.findlinestarts(co))[0][1] == co.co_firstlineno)

