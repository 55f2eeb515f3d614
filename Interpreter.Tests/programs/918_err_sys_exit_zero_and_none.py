import sys
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
print("still running")
sys.exit(0)
