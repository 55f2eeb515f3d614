# What subprocess reports when a program is missing or fails.
import subprocess

for cmd in (["/no/such/program"], ["no-such-program-anywhere"], "relative/missing"):
    try:
        subprocess.run(cmd)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, repr(e.filename))

try:
    subprocess.run(["ls"], cwd="/no/such/dir")
except FileNotFoundError as e:
    print("bad cwd:", e)
try:
    subprocess.run(["/etc/passwd"])
except PermissionError as e:
    print("not executable:", e)

try:
    subprocess.run(["sh", "-c", "echo partial; echo oops >&2; exit 4"], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(e.returncode, e.cmd, e.output, e.stderr)
try:
    subprocess.check_output(["sh", "-c", "kill -KILL $$"])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.check_call("exit 2", shell=True)
except subprocess.CalledProcessError as e:
    print(e, isinstance(e, subprocess.SubprocessError))

