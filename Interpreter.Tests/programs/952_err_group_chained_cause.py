# conformance: full-stderr
# A group raised `from` another exception, with members carrying their own chains.


class ShutdownError(Exception):
    pass


def close(resource):
    try:
        raise OSError(f"{resource}: device busy")
    except OSError as e:
        raise ShutdownError(f"could not close {resource}") from e


def shutdown(resources):
    errors = []
    for r in resources:
        try:
            close(r)
        except ShutdownError as e:
            errors.append(e)
    try:
        {}["pid"]
    except KeyError as missing:
        raise ExceptionGroup("shutdown incomplete", errors) from missing


shutdown(["db", "cache"])
