# conformance: full-stderr
# Very wide and very deep groups: CPython shows 15 members and 10 levels, then summarises.


def wide(n):
    return ExceptionGroup(f"{n} failures", [ValueError(f"item {i}") for i in range(n)])


def deep(levels):
    group = wide(17)
    for level in range(levels):
        group = ExceptionGroup(f"level {level}", [group, TypeError(f"at level {level}")])
    return group


raise deep(11)
