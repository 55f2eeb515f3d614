# subprocess.run and check_output: capturing output, text mode, shell pipelines, input, env and cwd.
import subprocess

result = subprocess.run(["/bin/echo", "hello", "world"], capture_output=True)
print(result)
print(result.returncode, result.stdout, result.stderr)

text = subprocess.run(["/bin/echo", "naïve café"], stdout=subprocess.PIPE, text=True)
print(repr(text.stdout))

print(subprocess.check_output("printf 'b\\na\\nc\\n' | sort | tr a-z A-Z", shell=True))
print(subprocess.check_output(["sh", "-c", "echo out; echo err >&2"], stderr=subprocess.STDOUT))

fed = subprocess.run(["cat"], input=b"line one\nline two\n", stdout=subprocess.PIPE)
print(fed.stdout.splitlines())
counted = subprocess.run(["wc", "-l"], input="a\nb\nc\n", capture_output=True, text=True)
print(counted.stdout.strip())

env = subprocess.run(["sh", "-c", 'echo "$GREETING, $NAME"'], env={"GREETING": "hi", "NAME": "herthon"},
                     capture_output=True, text=True)
print(env.stdout, end="")
print(subprocess.run(["pwd"], cwd="/", capture_output=True, text=True).stdout, end="")

status = subprocess.run(["sh", "-c", "exit 7"])
print("exit status:", status.returncode)
killed = subprocess.run(["sh", "-c", "kill -TERM $$"])
print("killed by signal:", killed.returncode)
print(subprocess.call(["true"]), subprocess.call(["false"]))
print(subprocess.getoutput("echo getoutput"), subprocess.getstatusoutput("exit 3"))
