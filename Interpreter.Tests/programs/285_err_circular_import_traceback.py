# conformance: full-stderr
# An uncaught circular-import ImportError: the traceback runs through both package modules
print("before import")
import imp_err.first
print("never printed")
