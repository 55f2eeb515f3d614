# conformance: full-stderr
# An unhandled KeyError from a dict subscript inside nested calls: the traceback and message.
settings = {"host": "localhost", "port": 8080}


def get(name):
    return settings[name]


def connect():
    return get("host"), get("timeout")


print(get("port"))
connect()
