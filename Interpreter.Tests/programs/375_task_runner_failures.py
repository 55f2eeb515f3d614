# A small job runner: run every task, collect the failures, report them as one group,
# and let callers handle each kind of failure with except*.


class RetryableError(Exception):
    def __init__(self, task, attempt):
        super().__init__(f"{task} failed on attempt {attempt}")
        self.task = task


class ConfigError(Exception):
    pass


def fetch(name):
    if name.startswith("net"):
        raise ConnectionError(f"{name}: connection reset")
    return f"<{name} data>"


def parse(name, data):
    if "bad" in name:
        raise ValueError(f"{name}: malformed record")
    return len(data)


def run_task(name):
    if name == "setup":
        raise ConfigError("missing API key")
    data = fetch(name)
    return parse(name, data)


def run_all(names):
    results, failures = {}, []
    for name in names:
        try:
            results[name] = run_task(name)
        except Exception as exc:
            exc.add_note(f"while running task {name!r}")
            failures.append(exc)
    if failures:
        raise ExceptionGroup(f"{len(failures)} of {len(names)} tasks failed", failures)
    return results


def report(names):
    print("running", names)
    retry = []
    try:
        results = run_all(names)
    except* ConnectionError as group:
        for exc in group.exceptions:
            print("  network:", exc, "|", exc.__notes__[0])
            retry.append(exc)
    except* ValueError as group:
        print("  bad data in", len(group.exceptions), "task(s):", [str(e) for e in group.exceptions])
    else:
        print("  all good:", results)
    print("  to retry:", len(retry))


report(["alpha", "beta"])
report(["alpha", "net-1", "bad-2", "net-3"])
report(["bad-only"])

# Failures nobody handles escape as a (smaller) group.
try:
    report(["alpha", "setup", "net-9"])
except ExceptionGroup as remaining:
    print("unhandled:", remaining)
    for exc in remaining.exceptions:
        print("  ", type(exc).__name__, exc, exc.__notes__)


# Retrying only the retryable part, re-raising the rest.
def with_retries(names, attempts=3):
    pending = list(names)
    for attempt in range(1, attempts + 1):
        try:
            run_all(pending)
            print(f"attempt {attempt}: done")
            return
        except* ConnectionError as group:
            pending = [e.__notes__[0].split("'")[1] for e in group.exceptions]
            print(f"attempt {attempt}: retrying {pending}")
    raise ExceptionGroup("gave up", [RetryableError(n, attempts) for n in pending])


try:
    with_retries(["alpha", "net-a", "net-b"])
except ExceptionGroup as eg:
    print(eg)
    for e in eg.exceptions:
        print("  ", e, "| task =", e.task)

# Summaries by type, using split() in a loop.
group = ExceptionGroup("nightly", [ValueError("a"), ConnectionError("b"), ValueError("c"), ConfigError("d")])
rest = group
for kind in (ValueError, ConnectionError, ConfigError):
    if rest is None:
        break
    part, rest = rest.split(kind)
    print(kind.__name__, 0 if part is None else len(part.exceptions))
print("left over:", rest)
