# conformance: full-stderr
class ConfigError(Exception):
    pass


def load(text):
    try:
        raise ValueError("bad number: " + text)
    except ValueError as e:
        raise ConfigError("cannot load config") from e


load("x1")
