# conformance: full-stderr
# An uncaught RecursionError from calls that run inline: printed with its traceback, exit code 1.
import sys

sys.setrecursionlimit(80)


def walk(node):
    return walk([node])


print("start")
walk(None)
print("never")
