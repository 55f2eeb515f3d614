# conformance: full-stderr
# Writing to a pipe nobody reads raises BrokenPipeError (SIGPIPE is ignored, as CPython does).
import os

r, w = os.pipe()
os.write(w, b"first")
os.close(r)
print("reader gone")
os.write(w, b"second")
