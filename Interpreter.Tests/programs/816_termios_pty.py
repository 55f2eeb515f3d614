# A pseudo-terminal driven the way terminal programs do it: raw and cbreak modes through tty,
# attributes through termios, the window size, echo and line discipline, and the errors.
import os
import pty
import termios
import tty

master, slave = pty.openpty()
print("isatty:", os.isatty(master), os.isatty(slave), os.isatty(os.open(os.devnull, os.O_RDONLY)))

saved = termios.tcgetattr(slave)
iflag, oflag, cflag, lflag, ispeed, ospeed, cc = saved
print("attributes:", len(saved), "cc entries:", len(cc) == termios.NCCS)
print("canonical with echo:", bool(lflag & termios.ICANON), bool(lflag & termios.ECHO))
print("cc in canonical mode are bytes:", type(cc[termios.VMIN]).__name__, cc[termios.VINTR], cc[termios.VEOF])
print("speeds are baud constants:", ispeed in (termios.B38400, termios.B9600, termios.B0), ispeed == ospeed)

# cbreak: no line editing, but signals and output processing stay.
tty.setcbreak(slave)
attrs = termios.tcgetattr(slave)
print("cbreak:", bool(attrs[3] & termios.ICANON), bool(attrs[3] & termios.ECHO), bool(attrs[3] & termios.ISIG))
print("VMIN/VTIME become ints:", attrs[6][termios.VMIN], attrs[6][termios.VTIME])

# raw: nothing processed at all.
tty.setraw(slave)
attrs = termios.tcgetattr(slave)
print("raw:", bool(attrs[3] & termios.ISIG), bool(attrs[1] & termios.OPOST), attrs[2] & termios.CSIZE == termios.CS8)

# Bytes typed at the master arrive unchanged at the slave in raw mode...
os.write(master, b"ab\x03cd\r")
print("raw read:", os.read(slave, 100))

# ...and line by line, with the kernel's erase handling, once the saved attributes are back.
termios.tcsetattr(slave, termios.TCSANOW, saved)
print("restored:", termios.tcgetattr(slave) == saved)
os.write(master, b"helo\x7flo\n")
print("canonical read:", os.read(slave, 100))
echoed = os.read(master, 100)
print("echo on the master:", echoed)

# A custom VMIN through a modified attribute list.
new = termios.tcgetattr(slave)
new[3] &= ~termios.ICANON
new[6][termios.VMIN] = 3
new[6][termios.VTIME] = 0
termios.tcsetattr(slave, termios.TCSADRAIN, new)
got = termios.tcgetattr(slave)
print("VMIN set:", got[6][termios.VMIN], "ICANON:", bool(got[3] & termios.ICANON))
termios.tcsetattr(slave, termios.TCSAFLUSH, saved)

termios.tcsetwinsize(slave, (40, 132))
print("window:", termios.tcgetwinsize(slave), termios.tcgetwinsize(master))
print("os.get_terminal_size:", tuple(os.get_terminal_size(slave)))
termios.tcsetwinsize(master, [25, 80])
print("window again:", termios.tcgetwinsize(slave))

termios.tcdrain(slave)
termios.tcflush(slave, termios.TCIOFLUSH)
termios.tcflow(slave, termios.TCOON)
termios.tcsendbreak(slave, 0)
print("drain, flush, flow, break: ok")


def attempt(label, f, *args):
    try:
        f(*args)
    except Exception as e:
        print(f"{label}: {type(e).__module__}.{type(e).__name__}: {e}")


null = os.open(os.devnull, os.O_RDWR)
attempt("tcgetattr on /dev/null", termios.tcgetattr, null)
attempt("tcgetwinsize on /dev/null", termios.tcgetwinsize, null)
attempt("tcflush bad queue", termios.tcflush, slave, 99)
attempt("short list", termios.tcsetattr, slave, termios.TCSANOW, saved[:6])
attempt("tuple", termios.tcsetattr, slave, termios.TCSANOW, tuple(saved))
bad_cc = list(saved)
bad_cc[6] = saved[6][:5]
attempt("short cc", termios.tcsetattr, slave, termios.TCSANOW, bad_cc)
bad_cc[6] = ["xy"] * termios.NCCS
attempt("str in cc", termios.tcsetattr, slave, termios.TCSANOW, bad_cc)
attempt("winsize not a pair", termios.tcsetwinsize, slave, (1, 2, 3))
attempt("winsize negative", termios.tcsetwinsize, slave, (-1, 80))
attempt("negative fd", termios.tcgetattr, -1)
attempt("str fd", termios.tcgetattr, "0")
print("error is an Exception:", issubclass(termios.error, Exception), termios.error.__module__)
try:
    termios.tcgetattr(null)
except termios.error as e:
    print("errno in args:", e.args[0] == 25, len(e.args))

for fd in (master, slave, null):
    os.close(fd)
print("some constants:", termios.TCSANOW, termios.TCSADRAIN, termios.TCSAFLUSH, termios.TIOCGWINSZ, termios.NCCS, termios.B115200)
