using System.Runtime.InteropServices;
using System.Text;

namespace Herthon.Runtime;

/// <summary>
/// The `syslog` module: openlog/syslog/closelog/setlogmask through glibc, with CPython's
/// arguments, errors and audit events. The ident passed to openlog(3) must outlive the call (glibc
/// keeps the pointer), so it lives in native memory until the next openlog or closelog.
/// </summary>
public static unsafe class SyslogModule
{
    private static class Native
    {
        [DllImport("libc")] public static extern void openlog(byte* ident, int option, int facility);
        [DllImport("libc")] public static extern void syslog(int priority, byte* format, byte* message);
        [DllImport("libc")] public static extern void closelog();
        [DllImport("libc")] public static extern int setlogmask(int mask);
    }

    private static readonly object s_lock = new();
    private static nint s_ident;
    private static bool s_opened;

    private static readonly (string, int)[] Constants =
    [
        ("LOG_EMERG", 0), ("LOG_ALERT", 1), ("LOG_CRIT", 2), ("LOG_ERR", 3), ("LOG_WARNING", 4), ("LOG_NOTICE", 5),
        ("LOG_INFO", 6), ("LOG_DEBUG", 7),
        ("LOG_PID", 1), ("LOG_CONS", 2), ("LOG_ODELAY", 4), ("LOG_NDELAY", 8), ("LOG_NOWAIT", 16), ("LOG_PERROR", 32),
        ("LOG_KERN", 0), ("LOG_USER", 8), ("LOG_MAIL", 16), ("LOG_DAEMON", 24), ("LOG_AUTH", 32), ("LOG_SYSLOG", 40),
        ("LOG_LPR", 48), ("LOG_NEWS", 56), ("LOG_UUCP", 64), ("LOG_CRON", 72), ("LOG_AUTHPRIV", 80),
        ("LOG_LOCAL0", 128), ("LOG_LOCAL1", 136), ("LOG_LOCAL2", 144), ("LOG_LOCAL3", 152), ("LOG_LOCAL4", 160),
        ("LOG_LOCAL5", 168), ("LOG_LOCAL6", 176), ("LOG_LOCAL7", 184),
    ];

    public static PyModule Create()
    {
        var m = new PyModule("syslog");
        foreach (var (name, value) in Constants) m.Add(name, PyInt.From(value));
        m.AddFunction("openlog", static (a, kw) =>
        {
            var s = Args.BindAtMost("openlog", a, kw, "ident", "logoption", "facility");
            string? ident = s[0] switch
            {
                null => null,
                PyStr str => str.V,
                var o => throw Errors.TypeError($"openlog() argument 1 must be str, not {(o is PyNone ? "None" : o.Type.Name)}"),
            };
            int option = s[1] is null ? 0 : Args.CInt(s[1]!);
            int facility = s[2] is null ? 8 : Args.CInt(s[2]!);
            ident ??= DefaultIdent();
            byte[]? encoded = ident is null ? null : Codecs.Encode(ident, "utf-8", "strict");   // UnicodeEncodeError first, as CPython
            SysModule.Audit("syslog.openlog", ident is null ? PyNone.Instance : PyStr.From(ident), PyInt.From(option), PyInt.From(facility));
            Open(encoded, option, facility);
            return PyNone.Instance;
        });
        m.AddFunction("syslog", static (a, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("syslog() takes no keyword arguments");
            int priority = 6;   // LOG_INFO
            PyObject message;
            // CPython parses "iU", then "U", and replaces any failure with this message.
            if (a.Length == 1 && a[0] is PyStr) message = a[0];
            else if (a.Length == 2 && a[1] is PyStr && a[0] is not PyFloat && TryCInt(a[0], out priority)) message = a[1];
            else throw Errors.TypeError("[priority,] message string");
            byte[] text = [.. Codecs.Encode(((PyStr)message).V, "utf-8", "strict"), 0];
            SysModule.Audit("syslog.syslog", PyInt.From(priority), message);
            lock (s_lock)
            {
                if (!s_opened) Open(DefaultIdent() is { } d ? Codecs.Encode(d, "utf-8", "surrogateescape") : null, 0, 8);
                byte* format = stackalloc byte[] { (byte)'%', (byte)'s', 0 };
                fixed (byte* p = text) Native.syslog(priority, format, p);
            }
            return PyNone.Instance;
        });
        m.AddFunction("closelog", static (a, kw) =>
        {
            PosixModule.NoArgs("syslog.closelog", a, kw);
            SysModule.Audit("syslog.closelog");
            lock (s_lock)
            {
                if (!s_opened) return PyNone.Instance;
                Native.closelog();
                s_opened = false;
                if (s_ident != 0) { Marshal.FreeHGlobal(s_ident); s_ident = 0; }
            }
            return PyNone.Instance;
        });
        m.AddFunction("setlogmask", static (a, kw) =>
        {
            int mask = Args.CInt(Args.One("syslog.setlogmask", a, kw));
            SysModule.Audit("syslog.setlogmask", PyInt.From(mask));
            return PyInt.From(Native.setlogmask(mask));
        });
        m.AddFunction("LOG_MASK", static (a, kw) => PyInt.From(1L << (Args.CInt(Args.One("syslog.LOG_MASK", a, kw)) & 31)));
        m.AddFunction("LOG_UPTO", static (a, kw) => PyInt.From((1L << ((Args.CInt(Args.One("syslog.LOG_UPTO", a, kw)) & 31) + 1)) - 1));
        return m;
    }

    private static void Open(byte[]? ident, int option, int facility)
    {
        lock (s_lock)
        {
            nint old = s_ident;
            s_ident = 0;
            if (ident is { } bytes)
            {
                s_ident = Marshal.AllocHGlobal(bytes.Length + 1);
                Marshal.Copy(bytes, 0, s_ident, bytes.Length);
                ((byte*)s_ident)[bytes.Length] = 0;
            }
            Native.openlog((byte*)s_ident, option, facility);
            s_opened = true;
            if (old != 0) Marshal.FreeHGlobal(old);
        }
    }

    /// <summary>CPython's default ident: the last component of sys.argv[0], or none.</summary>
    private static string? DefaultIdent()
    {
        if (Hosting.Host.Current.SysDict.Get("argv") is not PyList { Count: > 0 } argv || argv.AsSpan()[0] is not PyStr first || first.V.Length == 0)
            return null;
        int slash = first.V.LastIndexOf('/');
        return slash >= 0 ? first.V[(slash + 1)..] : first.V;
    }

    private static bool TryCInt(PyObject o, out int value)
    {
        value = 0;
        if (o is not PyInt && o.Type.Lookup("__index__") is null) return false;
        var v = Ops.ToPyInt(o).ToBig();
        if (v > int.MaxValue || v < int.MinValue) return false;
        value = (int)v;
        return true;
    }
}
