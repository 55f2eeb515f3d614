# conformance: own-process (GNU readline's state is process-wide: pdb, run by other programs, changes its delimiters)
# readline's history and completion set-up, as a tool with its own prompt history uses them
# (a shell-like program keeping a per-user history file, completing its own commands).
import os
import readline
import rlcompleter
import tempfile

readline.clear_history()
print("empty:", readline.get_current_history_length(), readline.get_history_item(1))

commands = ["load data.csv", "filter age > 30", "plot", "filter age > 40", "save out.csv"]
for c in commands:
    readline.add_history(c)
print("length:", readline.get_current_history_length())
print("items:", [readline.get_history_item(i) for i in range(1, readline.get_current_history_length() + 1)])
print("past the end:", readline.get_history_item(99))

# Fix a typo in an earlier entry, drop another.
readline.replace_history_item(1, "filter age >= 30")
readline.remove_history_item(2)
print("edited:", [readline.get_history_item(i) for i in range(1, readline.get_current_history_length() + 1)])
for bad in (lambda: readline.remove_history_item(10), lambda: readline.remove_history_item(-1),
            lambda: readline.replace_history_item(10, "x")):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

# The history file survives a restart; set_history_length caps what is written.
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "history")
    readline.set_history_length(3)
    print("history length:", readline.get_history_length())
    readline.write_history_file(path)
    with open(path) as f:
        print("file:", f.read().splitlines())
    readline.clear_history()
    readline.read_history_file(path)
    print("read back:", [readline.get_history_item(i) for i in range(1, readline.get_current_history_length() + 1)])
    readline.add_history("quit")
    readline.append_history_file(1, path)
    with open(path) as f:
        print("appended:", f.read().splitlines())
    readline.set_history_length(-1)
    try:
        readline.read_history_file(os.path.join(d, "missing", "history"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e, e.filename)

# A completer for the tool's own commands; readline calls it with (text, state).
verbs = ["filter", "find", "plot", "save", "load"]


def complete(text, state):
    matches = [v for v in verbs if v.startswith(text)]
    return matches[state] if state < len(matches) else None


readline.set_completer(complete)
print("completer set:", readline.get_completer() is complete)
print("f completes to:", [complete("f", i) for i in range(3)])
readline.set_completer()
print("completer cleared:", readline.get_completer())
try:
    readline.set_completer(42)
except TypeError as e:
    print("TypeError:", e)

print("default delims:", repr(readline.get_completer_delims()))
readline.set_completer_delims(" \t\n;")
print("new delims:", repr(readline.get_completer_delims()))
readline.parse_and_bind("tab: complete")
readline.parse_and_bind("set show-all-if-ambiguous on")
print("line buffer:", repr(readline.get_line_buffer()))
print("begidx/endidx:", readline.get_begidx(), readline.get_endidx())

# rlcompleter over a namespace, as the interactive prompt's Tab uses it.
namespace = {"alpha": 1, "alphabet": "abc", "beta": [1, 2]}
c = rlcompleter.Completer(namespace)
found = []
state = 0
while (m := c.complete("alph", state)) is not None:
    found.append(m)
    state += 1
print("rlcompleter names:", sorted(found))
print("rlcompleter attrs:", c.complete("beta.app", 0), c.complete("beta.cou", 0))
print("rlcompleter keyword:", c.complete("whil", 0), repr(c.complete("pas", 0)))
print("readline.__doc__ names GNU:", "GNU readline" in readline.__doc__)
print("version is int:", isinstance(readline._READLINE_VERSION, int), readline._READLINE_LIBRARY_VERSION.count(".") >= 1)
