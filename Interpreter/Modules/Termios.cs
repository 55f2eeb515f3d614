using System.Runtime.InteropServices;
using Herthon.Evaluation;

namespace Herthon.Runtime;

/// <summary>
/// `termios`: the POSIX terminal calls over glibc (tcgetattr/tcsetattr and friends, the window size
/// ioctls) with every constant CPython 3.11's module has on Linux x86-64. Attributes travel as
/// CPython's list [iflag, oflag, cflag, lflag, ispeed, ospeed, cc]; cc holds one-byte bytes, except
/// VMIN and VTIME, which are ints when the terminal is not in canonical mode. Failures raise
/// termios.error(errno, strerror).
/// </summary>
public static unsafe class TermiosModule
{
    // glibc's struct termios on x86-64: four tcflag_t, c_line, c_cc[NCCS], then the two speeds (aligned).
    private const int NCCS = 32, SizeofTermios = 60, CcOffset = 17, ISpeedOffset = 52, OSpeedOffset = 56;
    private const int VTIME = 5, VMIN = 6, ICANON = 2;
    private const nuint TIOCGWINSZ = 0x5413, TIOCSWINSZ = 0x5414;

    static class Native
    {
        [DllImport("libc", SetLastError = true)] public static extern int tcgetattr(int fd, byte* termios);
        [DllImport("libc", SetLastError = true)] public static extern int tcsetattr(int fd, int when, byte* termios);
        [DllImport("libc")] public static extern uint cfgetispeed(byte* termios);
        [DllImport("libc")] public static extern uint cfgetospeed(byte* termios);
        [DllImport("libc", SetLastError = true)] public static extern int cfsetispeed(byte* termios, uint speed);
        [DllImport("libc", SetLastError = true)] public static extern int cfsetospeed(byte* termios, uint speed);
        [DllImport("libc", SetLastError = true)] public static extern int tcsendbreak(int fd, int duration);
        [DllImport("libc", SetLastError = true)] public static extern int tcdrain(int fd);
        [DllImport("libc", SetLastError = true)] public static extern int tcflush(int fd, int queue);
        [DllImport("libc", SetLastError = true)] public static extern int tcflow(int fd, int action);
        [DllImport("libc", SetLastError = true)] public static extern int ioctl(int fd, nuint request, ushort* winsize);
    }

    private static PyType? s_error;
    private static PyType Error => s_error ??= Errors.ModuleException("error", "termios", TypeObjects.Exception);

    private static readonly (string Name, long Value)[] s_constants =
    [
            ("B0", 0x0), ("B1000000", 0x1008), ("B110", 0x3), ("B115200", 0x1002), ("B1152000", 0x1009), ("B1200", 0x9),
            ("B134", 0x4), ("B150", 0x5), ("B1500000", 0x100A), ("B1800", 0xA), ("B19200", 0xE), ("B200", 0x6),
            ("B2000000", 0x100B), ("B230400", 0x1003), ("B2400", 0xB), ("B2500000", 0x100C), ("B300", 0x7), ("B3000000", 0x100D),
            ("B3500000", 0x100E), ("B38400", 0xF), ("B4000000", 0x100F), ("B460800", 0x1004), ("B4800", 0xC), ("B50", 0x1),
            ("B500000", 0x1005), ("B57600", 0x1001), ("B576000", 0x1006), ("B600", 0x8), ("B75", 0x2), ("B921600", 0x1007),
            ("B9600", 0xD), ("BRKINT", 0x2), ("BS0", 0x0), ("BS1", 0x2000), ("BSDLY", 0x2000), ("CBAUD", 0x100F),
            ("CBAUDEX", 0x1000), ("CDSUSP", 0x19), ("CEOF", 0x4), ("CEOL", 0x0), ("CEOT", 0x4), ("CERASE", 0x7F), ("CFLUSH", 0xF),
            ("CIBAUD", 0x100F0000), ("CINTR", 0x3), ("CKILL", 0x15), ("CLNEXT", 0x16), ("CLOCAL", 0x800), ("CQUIT", 0x1C),
            ("CR0", 0x0), ("CR1", 0x200), ("CR2", 0x400), ("CR3", 0x600), ("CRDLY", 0x600), ("CREAD", 0x80), ("CRPRNT", 0x12),
            ("CRTSCTS", 0x80000000), ("CS5", 0x0), ("CS6", 0x10), ("CS7", 0x20), ("CS8", 0x30), ("CSIZE", 0x30), ("CSTART", 0x11),
            ("CSTOP", 0x13), ("CSTOPB", 0x40), ("CSUSP", 0x1A), ("CWERASE", 0x17), ("ECHO", 0x8), ("ECHOCTL", 0x200),
            ("ECHOE", 0x10), ("ECHOK", 0x20), ("ECHOKE", 0x800), ("ECHONL", 0x40), ("ECHOPRT", 0x400), ("EXTA", 0xE),
            ("EXTB", 0xF), ("FF0", 0x0), ("FF1", 0x8000), ("FFDLY", 0x8000), ("FIOASYNC", 0x5452), ("FIOCLEX", 0x5451),
            ("FIONBIO", 0x5421), ("FIONCLEX", 0x5450), ("FIONREAD", 0x541B), ("FLUSHO", 0x1000), ("HUPCL", 0x400), ("ICANON", 0x2),
            ("ICRNL", 0x100), ("IEXTEN", 0x8000), ("IGNBRK", 0x1), ("IGNCR", 0x80), ("IGNPAR", 0x4), ("IMAXBEL", 0x2000),
            ("INLCR", 0x40), ("INPCK", 0x10), ("IOCSIZE_MASK", 0x3FFF0000), ("IOCSIZE_SHIFT", 0x10), ("ISIG", 0x1),
            ("ISTRIP", 0x20), ("IUCLC", 0x200), ("IXANY", 0x800), ("IXOFF", 0x1000), ("IXON", 0x400), ("NCC", 0x8), ("NCCS", 0x20),
            ("NL0", 0x0), ("NL1", 0x100), ("NLDLY", 0x100), ("NOFLSH", 0x80), ("N_MOUSE", 0x2), ("N_PPP", 0x3), ("N_SLIP", 0x1),
            ("N_STRIP", 0x4), ("N_TTY", 0x0), ("OCRNL", 0x8), ("OFDEL", 0x80), ("OFILL", 0x40), ("OLCUC", 0x2), ("ONLCR", 0x4),
            ("ONLRET", 0x20), ("ONOCR", 0x10), ("OPOST", 0x1), ("PARENB", 0x100), ("PARMRK", 0x8), ("PARODD", 0x200),
            ("PENDIN", 0x4000), ("TAB0", 0x0), ("TAB1", 0x800), ("TAB2", 0x1000), ("TAB3", 0x1800), ("TABDLY", 0x1800),
            ("TCFLSH", 0x540B), ("TCGETA", 0x5405), ("TCGETS", 0x5401), ("TCIFLUSH", 0x0), ("TCIOFF", 0x2), ("TCIOFLUSH", 0x2),
            ("TCION", 0x3), ("TCOFLUSH", 0x1), ("TCOOFF", 0x0), ("TCOON", 0x1), ("TCSADRAIN", 0x1), ("TCSAFLUSH", 0x2),
            ("TCSANOW", 0x0), ("TCSBRK", 0x5409), ("TCSBRKP", 0x5425), ("TCSETA", 0x5406), ("TCSETAF", 0x5408),
            ("TCSETAW", 0x5407), ("TCSETS", 0x5402), ("TCSETSF", 0x5404), ("TCSETSW", 0x5403), ("TCXONC", 0x540A),
            ("TIOCCONS", 0x541D), ("TIOCEXCL", 0x540C), ("TIOCGETD", 0x5424), ("TIOCGICOUNT", 0x545D), ("TIOCGLCKTRMIOS", 0x5456),
            ("TIOCGPGRP", 0x540F), ("TIOCGSERIAL", 0x541E), ("TIOCGSOFTCAR", 0x5419), ("TIOCGWINSZ", 0x5413), ("TIOCINQ", 0x541B),
            ("TIOCLINUX", 0x541C), ("TIOCMBIC", 0x5417), ("TIOCMBIS", 0x5416), ("TIOCMGET", 0x5415), ("TIOCMIWAIT", 0x545C),
            ("TIOCMSET", 0x5418), ("TIOCM_CAR", 0x40), ("TIOCM_CD", 0x40), ("TIOCM_CTS", 0x20), ("TIOCM_DSR", 0x100),
            ("TIOCM_DTR", 0x2), ("TIOCM_LE", 0x1), ("TIOCM_RI", 0x80), ("TIOCM_RNG", 0x80), ("TIOCM_RTS", 0x4), ("TIOCM_SR", 0x10),
            ("TIOCM_ST", 0x8), ("TIOCNOTTY", 0x5422), ("TIOCNXCL", 0x540D), ("TIOCOUTQ", 0x5411), ("TIOCPKT", 0x5420),
            ("TIOCPKT_DATA", 0x0), ("TIOCPKT_DOSTOP", 0x20), ("TIOCPKT_FLUSHREAD", 0x1), ("TIOCPKT_FLUSHWRITE", 0x2),
            ("TIOCPKT_NOSTOP", 0x10), ("TIOCPKT_START", 0x8), ("TIOCPKT_STOP", 0x4), ("TIOCSCTTY", 0x540E),
            ("TIOCSERCONFIG", 0x5453), ("TIOCSERGETLSR", 0x5459), ("TIOCSERGETMULTI", 0x545A), ("TIOCSERGSTRUCT", 0x5458),
            ("TIOCSERGWILD", 0x5454), ("TIOCSERSETMULTI", 0x545B), ("TIOCSERSWILD", 0x5455), ("TIOCSER_TEMT", 0x1),
            ("TIOCSETD", 0x5423), ("TIOCSLCKTRMIOS", 0x5457), ("TIOCSPGRP", 0x5410), ("TIOCSSERIAL", 0x541F),
            ("TIOCSSOFTCAR", 0x541A), ("TIOCSTI", 0x5412), ("TIOCSWINSZ", 0x5414), ("TOSTOP", 0x100), ("VDISCARD", 0xD),
            ("VEOF", 0x4), ("VEOL", 0xB), ("VEOL2", 0x10), ("VERASE", 0x2), ("VINTR", 0x0), ("VKILL", 0x3), ("VLNEXT", 0xF),
            ("VMIN", 0x6), ("VQUIT", 0x1), ("VREPRINT", 0xC), ("VSTART", 0x8), ("VSTOP", 0x9), ("VSUSP", 0xA), ("VSWTC", 0x7),
            ("VSWTCH", 0x7), ("VT0", 0x0), ("VT1", 0x4000), ("VTDLY", 0x4000), ("VTIME", 0x5), ("VWERASE", 0xE), ("XCASE", 0x4),
            ("XTABS", 0x1800)
    ];

    public static PyModule Create()
    {
        var m = new PyModule("termios");
        m.ModuleDict["__doc__"] = PyStr.From("""
            This module provides an interface to the Posix calls for tty I/O control.
            For a complete description of these calls, see the Posix or Unix manual
            pages. It is only available for those Unix versions that support Posix
            termios style tty I/O control.

            All functions in this module take a file descriptor fd as their first
            argument. This can be an integer file descriptor, such as returned by
            sys.stdin.fileno(), or a file object, such as sys.stdin itself.
            """);
        foreach (var (name, value) in s_constants) m.Add(name, PyInt.From(value));
        m.Add("error", Error);
        m.AddFunction("tcgetattr", static (a, kw) => { Args.Count("tcgetattr", a, kw, 1, 1); return GetAttr(OSErrors.FileDescriptor(a[0])); });
        m.AddFunction("tcsetattr", static (a, kw) => { Args.Count("tcsetattr", a, kw, 3, 3); SetAttr(OSErrors.FileDescriptor(a[0]), Int(a[1]), a[2]); return PyNone.Instance; });
        m.AddFunction("tcdrain", static (a, kw) =>
        {
            Args.Count("tcdrain", a, kw, 1, 1);
            int fd = OSErrors.FileDescriptor(a[0]), r;
            using (Gil.Unlocked()) r = Native.tcdrain(fd);   // waits for the output to be transmitted
            return Check(r);
        });
        // tcsendbreak(fd, duration), tcflush(fd, queue), tcflow(fd, action): an fd, an int, the libc call.
        foreach (var (name, call) in new (string, Func<int, int, int>)[] { ("tcsendbreak", Native.tcsendbreak), ("tcflush", Native.tcflush), ("tcflow", Native.tcflow) })
            m.AddFunction(name, (a, kw) =>
            {
                Args.Count(name, a, kw, 2, 2);
                int fd = OSErrors.FileDescriptor(a[0]), arg = Int(a[1]);
                return Check(call(fd, arg));
            });
        m.AddFunction("tcgetwinsize", static (a, kw) =>
        {
            Args.Count("tcgetwinsize", a, kw, 1, 1);
            var ws = stackalloc ushort[4];
            Check(Native.ioctl(OSErrors.FileDescriptor(a[0]), TIOCGWINSZ, ws));
            return PyTuple.Of(PyInt.From(ws[0]), PyInt.From(ws[1]));
        });
        m.AddFunction("tcsetwinsize", static (a, kw) => { Args.Count("tcsetwinsize", a, kw, 2, 2); SetWinSize(OSErrors.FileDescriptor(a[0]), a[1]); return PyNone.Instance; });
        return m;
    }

    private static int Int(PyObject o)
    {
        long v = Ops.IndexValue(o);
        if (v is < int.MinValue or > int.MaxValue) throw Errors.OverflowError($"signed integer is {(v < 0 ? "less than minimum" : "greater than maximum")}");
        return (int)v;
    }

    private static PyObject Check(int result)
    {
        if (result < 0) throw Failed();
        return PyNone.Instance;
    }

    private static PyException Failed()
    {
        int errno = OSErrors.LastErrno;
        return new PyException(Errors.NewException(Error, [PyInt.From(errno), PyStr.From(OSErrors.Message(errno))]));
    }

    private static PyObject GetAttr(int fd)
    {
        var t = stackalloc byte[SizeofTermios];
        if (Native.tcgetattr(fd, t) < 0) throw Failed();
        var cc = new PyList();
        for (int i = 0; i < NCCS; i++) cc.Append(new PyBytes([t[CcOffset + i]]));
        // Outside canonical mode VMIN and VTIME are counts, not characters.
        if ((Flag(t, 3) & ICANON) == 0)
        {
            cc.Items[VMIN] = PyInt.From(t[CcOffset + VMIN]);
            cc.Items[VTIME] = PyInt.From(t[CcOffset + VTIME]);
        }
        var l = new PyList();
        for (int i = 0; i < 4; i++) l.Append(PyInt.From(Flag(t, i)));
        l.Append(PyInt.From(Native.cfgetispeed(t)));
        l.Append(PyInt.From(Native.cfgetospeed(t)));
        l.Append(cc);
        return l;
    }

    private static uint Flag(byte* t, int index) => ((uint*)t)[index];

    private static void SetAttr(int fd, int when, PyObject attributes)
    {
        if (attributes is not PyList { Count: 7 } list) throw Errors.TypeError("tcsetattr, arg 3: must be 7 element list");
        var t = stackalloc byte[SizeofTermios];
        // The current attributes fill what the list does not carry (c_line, the speeds' other bits).
        if (Native.tcgetattr(fd, t) < 0) throw Failed();
        var items = list.Items;
        for (int i = 0; i < 4; i++) ((uint*)t)[i] = (uint)Ops.IndexValue(items[i]);
        long ispeed = Ops.IndexValue(items[4]), ospeed = Ops.IndexValue(items[5]);
        if (items[6] is not PyList { Count: NCCS } cc) throw Errors.TypeError($"tcsetattr: attributes[6] must be {NCCS} element list");
        for (int i = 0; i < NCCS; i++)
        {
            var v = cc.Items[i];
            if (v is PyBytes { V.Length: 1 } b) t[CcOffset + i] = b.V[0];
            else if (v is PyInt) t[CcOffset + i] = (byte)Ops.IndexValue(v);
            else throw Errors.TypeError("tcsetattr: elements of attributes must be characters or integers");
        }
        if (Native.cfsetispeed(t, (uint)ispeed) < 0) throw Failed();
        if (Native.cfsetospeed(t, (uint)ospeed) < 0) throw Failed();
        if (Native.tcsetattr(fd, when, t) < 0) throw Failed();
    }

    private static void SetWinSize(int fd, PyObject winsize)
    {
        if (winsize is PyDict || Ops.GetAttrOrNull(winsize, PyStr.From("__getitem__")) is null || Ops.Len(winsize) != 2)
            throw Errors.TypeError("tcsetwinsize, arg 2: must be a two-item sequence");
        var ws = stackalloc ushort[4];
        // The pixel sizes stay as they are.
        if (Native.ioctl(fd, TIOCGWINSZ, ws) < 0) throw Failed();
        long rows = Ops.IndexValue(Ops.GetItem(winsize, PyInt.From(0))), cols = Ops.IndexValue(Ops.GetItem(winsize, PyInt.From(1)));
        if (rows is < 0 or > ushort.MaxValue || cols is < 0 or > ushort.MaxValue) throw Errors.OverflowError("winsize value(s) out of range.");
        ws[0] = (ushort)rows;
        ws[1] = (ushort)cols;
        if (Native.ioctl(fd, TIOCSWINSZ, ws) < 0) throw Failed();
    }
}
