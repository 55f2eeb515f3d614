# A program that closes its own stdout or stderr descriptor: writing to it fails with OSError
# (EBADF), reported on stderr, and the exit status is an error; with stderr closed the report is
# lost. Never a runtime crash or a .NET exception's text. (When the error surfaces differs:
# CPython's stdout to a pipe is block-buffered and fails at exit with status 120, Herthon's writes
# at once and fails in print with status 1.)
# conformance: own-process
import subprocess
import sys

cases = [
    "import _io\nf = _io.FileIO(1)\nf.close()\nprint('x')\n",
    "import os\nos.close(1)\nprint('x')\n",
    "import os\nos.close(2)\nraise ValueError(1)\n",
    "import _io\n_io.FileIO(2).close()\nprint('y')\n1/0\n",
]
for src in cases:
    p = subprocess.run([sys.executable, "-c", src], capture_output=True)
    err = p.stderr.decode()
    print(p.returncode != 0, p.stdout, "Unhandled" in err or "System." in err, err.strip().splitlines()[-1:])
