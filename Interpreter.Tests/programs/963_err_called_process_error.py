# conformance: full-stderr
# check=True turns a failing exit status into CalledProcessError.
import subprocess

print(subprocess.run(["sh", "-c", "exit 0"], check=True).returncode)
subprocess.run(["sh", "-c", "exit 5"], check=True)
