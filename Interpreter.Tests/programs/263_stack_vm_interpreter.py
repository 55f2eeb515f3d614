# A tiny stack-based VM with an assembler, labels, calls and error reporting
class VMError(Exception):
    pass

def assemble(src):
    code, labels = [], {}
    for raw in src.strip().splitlines():
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append((op.upper(), [int(a) if a.lstrip("-").isdigit() else a for a in args]))
    return [(op, [labels.get(a, a) if isinstance(a, str) else a for a in args]) for op, args in code]

def run(code, trace=False, max_steps=10000):
    stack, calls, out, pc, steps = [], [], [], 0, 0
    binops = {"ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b, "MUL": lambda a, b: a * b,
              "DIV": lambda a, b: a // b, "MOD": lambda a, b: a % b, "LT": lambda a, b: int(a < b), "EQ": lambda a, b: int(a == b)}
    while pc < len(code):
        steps += 1
        if steps > max_steps:
            raise VMError(f"step limit exceeded at pc={pc}")
        op, args = code[pc]
        if trace:
            print(f"{pc:3} {op:<5} {args!s:<8} {stack}")
        pc += 1
        if op == "PUSH":
            stack.append(args[0])
        elif op == "POP":
            stack.pop()
        elif op == "DUP":
            stack.append(stack[-1])
        elif op == "SWAP":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "OVER":
            stack.append(stack[-2])
        elif op in binops:
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(binops[op](a, b))
            except ZeroDivisionError:
                raise VMError(f"division by zero at pc={pc - 1}") from None
        elif op == "JMP":
            pc = args[0]
        elif op == "JZ":
            if stack.pop() == 0:
                pc = args[0]
        elif op == "CALL":
            calls.append(pc)
            pc = args[0]
        elif op == "RET":
            pc = calls.pop()
        elif op == "PRINT":
            out.append(stack.pop())
        elif op == "HALT":
            break
        else:
            raise VMError(f"unknown opcode {op!r} at pc={pc - 1}")
    return out, steps

factorial = """
    push 10
    call fact
    print
    halt
fact:            ; n -> n!
    dup
    push 2
    lt
    jz recurse
    pop
    push 1
    ret
recurse:
    dup
    push 1
    sub
    call fact
    mul
    ret
"""
print(run(assemble(factorial)))
fib = """
    push 0
    push 1
    push 15     ; counter
loop:
    dup
    jz done
    push 1
    sub
    swap        ; a b n -> a n b
    call step
    jmp loop
step:           ; a n b -> b n a+b  (rotate through stack)
    ret
done:
    pop
    print
    print
    halt
"""
print(run(assemble(fib))[0])
gcd = """
    push 1071
    push 462
loop:
    dup
    jz end
    swap
    over
    mod
    jmp loop
end:
    pop
    print
"""
print(run(assemble(gcd)))
small = "push 3\npush 4\nadd\ndup\nmul\nprint"
run(assemble(small), trace=True)
for bad in ["push 1\npush 0\ndiv", "frob", "loop:\njmp loop"]:
    try:
        run(assemble(bad), max_steps=50)
    except VMError as e:
        print("VMError:", e)
    except IndexError as e:
        print("IndexError:", e)
