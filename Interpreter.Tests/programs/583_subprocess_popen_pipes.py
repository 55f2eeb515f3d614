# Popen: connecting processes with pipes, communicate() with and without a timeout, poll/wait/kill.
import subprocess

producer = subprocess.Popen(["printf", "pear\\napple\\nfig\\napple\\n"], stdout=subprocess.PIPE)
sorter = subprocess.Popen(["sort", "-u"], stdin=producer.stdout, stdout=subprocess.PIPE)
producer.stdout.close()
out, err = sorter.communicate()
print(out.decode().split(), err, producer.wait(), sorter.returncode)

with subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as cat:
    big = b"0123456789" * 50000
    echoed, _ = cat.communicate(big, timeout=30)
print("echoed", len(echoed), "bytes intact:", echoed == big, "status", cat.returncode)

with subprocess.Popen(["sh", "-c", "read line; echo got $line"], stdin=subprocess.PIPE,
                      stdout=subprocess.PIPE, text=True) as proc:
    proc.stdin.write("ping\n")
    proc.stdin.flush()
    print(proc.stdout.readline().strip())
    print("exit", proc.wait())

slow = subprocess.Popen(["sleep", "10"], stdout=subprocess.PIPE)
print("running:", slow.poll())
try:
    slow.communicate(timeout=0.25)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e)
    print(e.cmd, e.timeout, e.output)
slow.kill()
slow.communicate()
print("after kill:", slow.returncode)

try:
    subprocess.run(["sleep", "10"], timeout=0.25)
except subprocess.TimeoutExpired as e:
    print("run timed out:", e.cmd)
