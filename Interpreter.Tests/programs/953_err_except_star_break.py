# conformance: full-stderr
# `break` may not leave an except* block (a SyntaxError before anything runs).
print("never printed")
for attempt in range(3):
    try:
        raise ExceptionGroup("tries", [ValueError(attempt)])
    except* ValueError:
        if attempt == 1:
            break
