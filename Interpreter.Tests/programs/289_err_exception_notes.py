# conformance: full-stderr
# An uncaught exception carrying notes: they are printed after the exception line
def load(path):
    try:
        raise FileNotFoundError(2, "No such file or directory")
    except FileNotFoundError as e:
        e.add_note(f"while loading {path}")
        e.add_note("hint: check the configuration directory")
        raise
print("loading")
load("settings.ini")
