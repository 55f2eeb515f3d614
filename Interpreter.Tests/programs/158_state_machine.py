TRANSITIONS = {
    ("idle", "coin"): "ready",
    ("ready", "push"): "vending",
    ("ready", "refund"): "idle",
    ("vending", "done"): "idle",
}
def run(events):
    state = "idle"
    log = []
    for ev in events:
        nxt = TRANSITIONS.get((state, ev))
        if nxt is None:
            log.append(f"{state}: ignored {ev!r}")
            continue
        log.append(f"{state} --{ev}--> {nxt}")
        state = nxt
    return state, log
final, log = run(["push", "coin", "coin", "push", "done", "coin", "refund"])
print("\n".join(log))
print("final:", final)
def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            tokens.append(("NUM", int(text[i:j])))
            i = j
        elif ch in "+-*/()":
            tokens.append(("OP", ch))
            i += 1
        else:
            raise SyntaxError(f"bad character {ch!r} at {i}")
    return tokens
print(tokenize("12 + 3*(40 - 5)"))
try:
    tokenize("1 + x")
except SyntaxError as e:
    print("SyntaxError:", e)
