# conformance: full-stderr
# Reading a configuration file that does not exist: the FileNotFoundError escapes.
import os


def load_settings(path):
    settings = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, _, value = line.partition("=")
            settings[key.strip()] = value.strip()
    return settings


name = "t970_present.cfg"
with open(name, "w") as f:
    f.write("color = blue\nsize=3\n")
print(load_settings(name))
os.remove(name)
print(load_settings("t970_missing.cfg"))
