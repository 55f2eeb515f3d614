# What site.py installs at start-up: exit and quit that explain themselves and raise SystemExit
# (closing sys.stdin first), help through pydoc, the license and credits printers.
import builtins
import site
import sys

print("no_site:", sys.flags.no_site, "site imported:", "site" in sys.modules)
print(repr(exit))
print(str(quit))
print(type(exit).__name__, type(exit).__module__, exit.name, exit.eof)
for leave, code in ((exit, 4), (quit, None), (exit, "bye")):
    try:
        leave(code)
    except SystemExit as e:
        print("SystemExit code:", repr(e.code))
print(repr(help))
print(repr(license))
print(repr(credits))
print("from builtins:", builtins.exit is exit, builtins.help is help)
print("user site enabled:", site.ENABLE_USER_SITE)
print("hook:", sys.__interactivehook__.__module__, sys.__interactivehook__.__name__)
print("site-packages only from sys.prefix:", all(p.startswith(sys.prefix) for p in site.getsitepackages()))
