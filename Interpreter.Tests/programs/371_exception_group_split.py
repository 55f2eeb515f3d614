# split() and subgroup(): by type, by tuple of types, by predicate; what the parts keep.

def tree(exc, indent=""):
    """Prints a group as an indented tree."""
    if exc is None:
        print(indent + "None")
    elif isinstance(exc, BaseExceptionGroup):
        print(f"{indent}{type(exc).__name__}: {exc.message}")
        for sub in exc.exceptions:
            tree(sub, indent + "    ")
    else:
        print(f"{indent}{type(exc).__name__}: {exc}")


def failing(kind, text):
    try:
        raise kind(text)
    except Exception as e:
        return e


batch = ExceptionGroup("import batch", [
    failing(ValueError, "row 3: not a number"),
    failing(KeyError, "customer_id"),
    ExceptionGroup("row 7", [failing(ValueError, "negative amount"), failing(OSError, "attachment missing")]),
    failing(TypeError, "date is None"),
])

print("== split(ValueError)")
match, rest = batch.split(ValueError)
tree(match)
tree(rest)

print("== split((KeyError, OSError))")
match, rest = batch.split((KeyError, OSError))
tree(match)
tree(rest)

print("== split(LookupError) matches KeyError subclasses of the type")
tree(batch.split(LookupError)[0])

print("== split by predicate")
match, rest = batch.split(lambda e: "row" in str(e))
tree(match)
tree(rest)

print("== subgroup")
tree(batch.subgroup(lambda e: isinstance(e, ValueError) and "negative" in str(e)))
print(batch.subgroup(ZeroDivisionError))
print(batch.subgroup(Exception) is batch)
print(batch.split(ExceptionGroup)[0] is batch, batch.split(ExceptionGroup)[1])

print("== the predicate sees groups before their members")
visited = []
batch.split(lambda e: visited.append(type(e).__name__) or False)
print(visited)

print("== no match / full match")
print(batch.split(ZeroDivisionError)[0], batch.split(ZeroDivisionError)[1] is batch)

print("== leaves are shared, not copied")
match, rest = batch.split(TypeError)
print(match.exceptions[0] is batch.exceptions[3])

print("== parts keep traceback, cause, context and a copy of the notes")
try:
    try:
        raise RuntimeError("while saving")
    except RuntimeError:
        raise ExceptionGroup("save", [ValueError("a"), TypeError("b")]) from ConnectionError("db down")
except ExceptionGroup as e:
    e.add_note("attempt 2 of 3")
    saved = e
match, rest = saved.split(ValueError)
for part in (match, rest):
    print(repr(part), part.__traceback__ is saved.__traceback__,
          repr(part.__cause__), repr(part.__context__), part.__suppress_context__)
    print("  notes:", part.__notes__, part.__notes__ == saved.__notes__, part.__notes__ is saved.__notes__)
match.add_note("only on the match")
print(saved.__notes__, rest.__notes__)

print("== bad conditions")
for cond in (42, (ValueError, "x"), [ValueError], int):
    try:
        batch.split(cond)
    except TypeError as e:
        print(f"{cond!r}: {e}")
