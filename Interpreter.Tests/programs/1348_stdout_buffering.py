# sys.stdout to a pipe is block-buffered, as CPython's: text printed stays in the buffer while
# os.write and a child process write to the descriptor at once, until flush(), print(flush=True),
# input(), a line with line_buffering, write_through, or exit. stderr is line-buffered.
# conformance: own-process
import os, subprocess, sys

print(sys.stdout.line_buffering, sys.stdout.write_through, sys.stderr.line_buffering, sys.stderr.write_through)
print("1 buffered")
os.write(1, b"2 written at once\n")
sys.stdout.flush()
print("3 flushed by print", flush=True)
os.write(1, b"4 after the flushed print\n")
print("5 before the child")
subprocess.run([sys.executable, "-c", "print('6 the child, whose output comes first')"])
sys.stdout.flush()
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
print("7 a line flushes itself")
os.write(1, b"8 after the line\n")
sys.stdout.write("9 no newline yet: ")
os.write(1, b"10 written before the partial line\n")
sys.stdout.write("9 ends\n")
sys.stdout.reconfigure(line_buffering=False, write_through=True)
print(sys.stdout.line_buffering, sys.stdout.write_through)
sys.stdout.write("11 write-through, no newline; ")
os.write(1, b"12 after it\n")
sys.stdout.reconfigure(write_through=False)
print("13 left for exit")
os.write(1, b"14 before the exit flush\n")
print("15 err line", file=sys.stderr)
os.write(2, b"16 after the stderr line\n")
