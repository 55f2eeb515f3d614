# conformance: full-stderr
# An uncaught nested exception group: the boxes CPython draws around each member.


def validate(user):
    problems = []
    if "@" not in user["email"]:
        problems.append(ValueError(f"invalid email {user['email']!r}"))
    try:
        age = int(user["age"])
    except ValueError as e:
        problems.append(e)
    else:
        if age < 0:
            problems.append(ValueError("age must be positive"))
    if problems:
        raise ExceptionGroup(f"user {user['name']}", problems)


def validate_all(users):
    failures = []
    for user in users:
        try:
            validate(user)
        except ExceptionGroup as eg:
            failures.append(eg)
    print(f"{len(users) - len(failures)} of {len(users)} users valid")
    if failures:
        group = ExceptionGroup("validation failed", failures + [KeyError("manager")])
        group.add_note("run with --fix to repair")
        raise group


validate_all([
    {"name": "ann", "email": "ann@example.com", "age": "31"},
    {"name": "bob", "email": "bob.example.com", "age": "x9"},
    {"name": "cy", "email": "cy@example.com", "age": "-4"},
])
