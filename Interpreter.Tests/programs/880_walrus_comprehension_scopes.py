# An assignment expression in a comprehension binds in the enclosing function, and follows that
# function's own `global` or `nonlocal` declaration of the name.
COUNTER = 0


def bump_global(values):
    global COUNTER
    if any((COUNTER := v) > 2 for v in values):
        return f"stopped at {COUNTER}"
    return "none"


def running_total(values):
    total = 0

    def add_all():
        nonlocal total
        return [total := total + v for v in values]

    steps = add_all()
    return steps, total


def last_match(words, prefix):
    found = None
    hits = [found := w for w in words if w.startswith(prefix)]
    return hits, found


print(bump_global([1, 2, 3, 4]), COUNTER)
print(running_total([1, 2, 3]))
print(last_match(["apple", "avocado", "banana"], "a"))
print([y for x in range(3) if (y := x * x) > 0], "y" in globals())
