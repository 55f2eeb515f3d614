using Herthon.Evaluation;
using System.Runtime.InteropServices;
using System.Text;

namespace Herthon.Runtime;

/// <summary>
/// The `time` module as CPython's Modules/timemodule.c builds it on Linux: clocks from clock_gettime,
/// calendar conversions, strftime and the time zone from libc, so TZ, tzset and %-directives behave
/// exactly as they do under CPython. strptime runs CPython's own _strptime.py.
/// </summary>
public static unsafe class TimeModule
{
    // glibc's struct tm on 64-bit Linux.
    [StructLayout(LayoutKind.Sequential)]
    private struct Tm { public int Sec, Min, Hour, Mday, Mon, Year, Wday, Yday, Isdst; public long Gmtoff; public byte* Zone; }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec { public long Sec, Nsec; }

    private const string C = "libc";
    [DllImport(C, SetLastError = true)] private static extern Tm* localtime_r(long* t, Tm* result);
    [DllImport(C, SetLastError = true)] private static extern Tm* gmtime_r(long* t, Tm* result);
    [DllImport(C, SetLastError = true)] private static extern long mktime(Tm* tm);
    [DllImport(C)] private static extern nuint strftime(byte* s, nuint max, byte* format, Tm* tm);
    [DllImport(C)] private static extern void tzset();
    [DllImport(C, SetLastError = true)] private static extern int clock_gettime(int clk, Timespec* ts);
    [DllImport(C, SetLastError = true)] private static extern int clock_getres(int clk, Timespec* ts);
    [DllImport(C, SetLastError = true)] private static extern int clock_settime(int clk, Timespec* ts);

    private const int ClockRealtime = 0, ClockMonotonic = 1, ClockProcess = 2, ClockThread = 3;

    public static readonly PyType StructTimeType = StructSeqType.Define("time", "struct_time",
        ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"], 9);

    // ---------------------------------------------------------------- clocks

    private static long ClockNs(int clk)
    {
        Timespec ts;
        if (clock_gettime(clk, &ts) != 0) throw IoModule.LastOSError();
        return ts.Sec * 1_000_000_000 + ts.Nsec;
    }

    /// <summary>Seconds as a float the way _PyTime_AsSecondsDouble rounds: whole seconds exactly.</summary>
    private static PyFloat Seconds(long ns) => new(ns % 1_000_000_000 == 0 ? ns / 1_000_000_000 : ns / 1e9);

    private static PyObject Namespace(string implementation, bool monotonic, bool adjustable, int clk)
    {
        Timespec ts;
        if (clock_getres(clk, &ts) != 0) throw IoModule.LastOSError();
        var ns = new PyDictInstance(PySimpleNamespace.Type);
        var d = ns.Dict!;
        d["implementation"] = PyStr.From(implementation);
        d["monotonic"] = PyBool.From(monotonic);
        d["adjustable"] = PyBool.From(adjustable);
        d["resolution"] = new PyFloat(ts.Sec + ts.Nsec * 1e-9);
        return ns;
    }

    // ---------------------------------------------------------------- arguments

    /// <summary>PyArg_ParseTuple's arity errors ("name() takes at most 1 argument (2 given)").</summary>
    private static void Arity(string name, ReadOnlySpan<PyObject> a, string[]? kw, int min, int max)
    {
        if (kw is { Length: > 0 }) throw Errors.TypeError($"{name}() takes no keyword arguments");
        int n = a.Length;
        if (n >= min && n <= max) return;
        string how = min == max ? "exactly" : n < min ? "at least" : "at most";
        int k = min == max ? min : n < min ? min : max;
        throw Errors.TypeError($"{name}() takes {how} {k} argument{(k == 1 ? "" : "s")} ({n} given)");
    }

    /// <summary>A C int from an int-like argument (PyArg "i").</summary>
    private static int CInt(PyObject o)
    {
        if (o is PyFloat) throw Errors.TypeError("'float' object cannot be interpreted as an integer");
        var v = Ops.ToPyInt(o).ToBig();
        if (v > int.MaxValue) throw Errors.OverflowError("signed integer is greater than maximum");
        if (v < int.MinValue) throw Errors.OverflowError("signed integer is less than minimum");
        return (int)v;
    }

    /// <summary>A time_t from seconds, rounded toward minus infinity (_PyTime_ObjectToTime_t, ROUND_FLOOR).</summary>
    private static long TimeT(PyObject o)
    {
        if (o is PyFloat f)
        {
            if (double.IsNaN(f.V)) throw Errors.ValueError("Invalid value NaN (not a number)");
            double d = Math.Floor(f.V);
            if (!(d >= -9.2233720368547758e18 && d < 9.2233720368547758e18)) throw Errors.OverflowError("timestamp out of range for platform time_t");
            return (long)d;
        }
        var v = Ops.ToPyInt(o).ToBig();
        if (v > long.MaxValue || v < long.MinValue) throw Errors.OverflowError("timestamp out of range for platform time_t");
        return (long)v;
    }

    private static long NowOrSeconds(ReadOnlySpan<PyObject> a) =>
        a.Length == 0 || a[0] is PyNone ? ClockNs(ClockRealtime) / 1_000_000_000 : TimeT(a[0]);

    private static Tm Local(long t)
    {
        Tm tm;
        if (localtime_r(&t, &tm) == null) throw IoModule.OSErrorFor(Marshal.GetLastPInvokeError() is var e && e != 0 ? e : 22, null);
        return tm;
    }

    private static PyTuple ToStructTime(in Tm tm)
    {
        var zone = tm.Zone == null ? (PyObject)PyNone.Instance : PyStr.From(Marshal.PtrToStringUTF8((nint)tm.Zone)!);
        return StructSeqType.Make(StructTimeType,
            [PyInt.From(tm.Year + 1900L), PyInt.From(tm.Mon + 1), PyInt.From(tm.Mday), PyInt.From(tm.Hour), PyInt.From(tm.Min),
             PyInt.From(tm.Sec), PyInt.From((tm.Wday + 6) % 7), PyInt.From(tm.Yday + 1), PyInt.From(tm.Isdst)],
            [zone, PyInt.From(tm.Gmtoff)]);
    }

    /// <summary>
    /// CPython's gettmarg: a 9-tuple (or struct_time) into a struct tm. A struct_time's tm_zone comes
    /// along as UTF-8 the caller frees (zone), so %Z shows the zone the value was made in.
    /// </summary>
    private static Tm FromTuple(PyObject o, string who, out nint zone)
    {
        zone = 0;
        if (o is not PyTuple t) throw Errors.TypeError("Tuple or struct_time argument required");
        var it = t.Items;
        if (it.Length != 9) throw Errors.TypeError($"{who}(): illegal time tuple argument");
        int y = CInt(it[0]);
        var tm = new Tm
        {
            Year = y - 1900, Mon = CInt(it[1]) - 1, Mday = CInt(it[2]), Hour = CInt(it[3]), Min = CInt(it[4]),
            Sec = CInt(it[5]), Wday = (CInt(it[6]) + 1) % 7, Yday = CInt(it[7]) - 1, Isdst = CInt(it[8]),
        };
        if (t.Type == StructTimeType)
        {
            if (Ops.GetAttr(t, PyStr.From("tm_zone")) is PyStr z) { zone = Marshal.StringToCoTaskMemUTF8(z.V); tm.Zone = (byte*)zone; }
            if (Ops.GetAttr(t, PyStr.From("tm_gmtoff")) is PyInt off) tm.Gmtoff = off.V;
        }
        return tm;
    }

    /// <summary>CPython's checktm: ranges asctime and strftime index tables with; zeros mean "lowest".</summary>
    private static void CheckTm(ref Tm tm)
    {
        if (tm.Mon == -1) tm.Mon = 0;
        else if (tm.Mon < 0 || tm.Mon > 11) throw Errors.ValueError("month out of range");
        if (tm.Mday == 0) tm.Mday = 1;
        else if (tm.Mday < 0 || tm.Mday > 31) throw Errors.ValueError("day of month out of range");
        if (tm.Hour < 0 || tm.Hour > 23) throw Errors.ValueError("hour out of range");
        if (tm.Min < 0 || tm.Min > 59) throw Errors.ValueError("minute out of range");
        if (tm.Sec < 0 || tm.Sec > 61) throw Errors.ValueError("seconds out of range");
        if (tm.Wday < 0) throw Errors.ValueError("day of week out of range");
        if (tm.Yday == -1) tm.Yday = 0;
        else if (tm.Yday < 0 || tm.Yday > 365) throw Errors.ValueError("day of year out of range");
    }

    private static Tm TupleOrNow(ReadOnlySpan<PyObject> a, string who, out nint zone)
    {
        if (a.Length > 0) return FromTuple(a[0], who, out zone);
        zone = 0;
        return Local(ClockNs(ClockRealtime) / 1_000_000_000);
    }

    // ---------------------------------------------------------------- conversions

    private static readonly string[] Days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static string AscTime(in Tm tm) =>
        $"{Days[tm.Wday]} {Months[tm.Mon]}{tm.Mday,3} {tm.Hour:00}:{tm.Min:00}:{tm.Sec:00} {1900L + tm.Year}";

    private static string StrFTime(string format, ref Tm tm)
    {
        if (format.Contains('\0')) throw Errors.ValueError("embedded null character");
        if (format.Length == 0) return "";
        var fmt = Encoding.UTF8.GetBytes(format + "\0");
        // Like CPython: grow the buffer until the output fits; a directive that legitimately
        // yields nothing (strftime returns 0) is recognised once the buffer is 256 times the format.
        for (int size = 1024; ; size *= 2)
        {
            var buf = new byte[size];
            nuint n;
            fixed (byte* b = buf, f = fmt)
            fixed (Tm* p = &tm)
                n = strftime(b, (nuint)size, f, p);
            if (n > 0 || size >= 256 * fmt.Length) return Encoding.UTF8.GetString(buf, 0, (int)n);
        }
    }

    /// <summary>timezone, altzone, daylight and tzname as CPython's init_timezone derives them on glibc:
    /// from the offsets in effect in January and in July of this year.</summary>
    private static void SetTimezone(PyModule m)
    {
        const long year = (365 * 24 + 6) * 3600;
        long t = ClockNs(ClockRealtime) / 1_000_000_000 / year * year;
        var jan = Local(t);
        var jul = Local(t + year / 2);
        long janzone = -jan.Gmtoff, julzone = -jul.Gmtoff;
        string janname = Marshal.PtrToStringUTF8((nint)jan.Zone) ?? "", julname = Marshal.PtrToStringUTF8((nint)jul.Zone) ?? "";
        if (janname.Length > 9) janname = janname[..9];
        if (julname.Length > 9) julname = julname[..9];
        bool south = janzone < julzone;   // DST is reversed in the southern hemisphere
        m.Add("timezone", PyInt.From(south ? julzone : janzone));
        m.Add("altzone", PyInt.From(south ? janzone : julzone));
        m.Add("daylight", PyInt.From(janzone != julzone ? 1 : 0));
        m.Add("tzname", south ? PyTuple.Of(PyStr.From(julname), PyStr.From(janname)) : PyTuple.Of(PyStr.From(janname), PyStr.From(julname)));
    }

    public static PyModule Create()
    {
        var m = new PyModule("time");
        m.Add("struct_time", StructTimeType);
        m.Add("_STRUCT_TM_ITEMS", PyInt.From(11));
        m.Add("CLOCK_REALTIME", PyInt.From(ClockRealtime));
        m.Add("CLOCK_MONOTONIC", PyInt.From(ClockMonotonic));
        m.Add("CLOCK_PROCESS_CPUTIME_ID", PyInt.From(ClockProcess));
        m.Add("CLOCK_THREAD_CPUTIME_ID", PyInt.From(ClockThread));
        m.Add("CLOCK_MONOTONIC_RAW", PyInt.From(4));
        m.Add("CLOCK_BOOTTIME", PyInt.From(7));
        m.Add("CLOCK_TAI", PyInt.From(11));

        AddClock(m, "time", ClockRealtime);
        AddClock(m, "monotonic", ClockMonotonic);
        AddClock(m, "perf_counter", ClockMonotonic);
        AddClock(m, "process_time", ClockProcess);
        AddClock(m, "thread_time", ClockThread);
        m.AddFunction("clock_gettime", static (a, kw) => { Arity("clock_gettime", a, kw, 1, 1); return Seconds(ClockNs(CInt(a[0]))); });
        m.AddFunction("clock_gettime_ns", static (a, kw) => { Arity("clock_gettime_ns", a, kw, 1, 1); return PyInt.From(ClockNs(CInt(a[0]))); });
        m.AddFunction("clock_getres", static (a, kw) =>
        {
            Arity("clock_getres", a, kw, 1, 1);
            Timespec ts;
            if (clock_getres(CInt(a[0]), &ts) != 0) throw IoModule.LastOSError();
            return new PyFloat(ts.Sec + ts.Nsec * 1e-9);
        });
        m.AddFunction("clock_settime", static (a, kw) =>
        {
            Arity("clock_settime", a, kw, 2, 2);
            int clk = CInt(a[0]);
            double s = Ops.ToDouble(a[1]);
            if (double.IsNaN(s)) throw Errors.ValueError("Invalid value NaN (not a number)");
            double sec = Math.Floor(s);
            var ts = new Timespec { Sec = (long)sec, Nsec = (long)Math.Round((s - sec) * 1e9) };
            if (clock_settime(clk, &ts) != 0) throw IoModule.LastOSError();
            return PyNone.Instance;
        });
        m.AddFunction("clock_settime_ns", static (a, kw) =>
        {
            Arity("clock_settime_ns", a, kw, 2, 2);
            int clk = CInt(a[0]);
            var ns = Ops.ToPyInt(a[1]).ToBig();
            var ts = new Timespec { Sec = (long)System.Numerics.BigInteger.Divide(ns, 1_000_000_000), Nsec = (long)(ns % 1_000_000_000) };
            if (ts.Nsec < 0) { ts.Nsec += 1_000_000_000; ts.Sec--; }
            if (clock_settime(clk, &ts) != 0) throw IoModule.LastOSError();
            return PyNone.Instance;
        });
        m.AddFunction("get_clock_info", static (a, kw) =>
        {
            Arity("get_clock_info", a, kw, 1, 1);
            return Ops.AsString(a[0], "get_clock_info() argument") switch
            {
                "time" => Namespace("clock_gettime(CLOCK_REALTIME)", false, true, ClockRealtime),
                "monotonic" or "perf_counter" => Namespace("clock_gettime(CLOCK_MONOTONIC)", true, false, ClockMonotonic),
                "process_time" => Namespace("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false, ClockProcess),
                "thread_time" => Namespace("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false, ClockThread),
                _ => throw Errors.ValueError("unknown clock"),
            };
        });
        m.AddFunction("sleep", static (a, kw) =>
        {
            Args.Count("time.sleep", a, kw, 1, 1);
            if (a[0] is not PyInt && a[0] is not PyFloat)
                throw Errors.TypeError($"'{a[0].Type.Name}' object cannot be interpreted as an integer");
            double s = Ops.ToDouble(a[0]);
            if (double.IsNaN(s)) throw Errors.ValueError("Invalid value NaN (not a number)");
            if (s < 0) throw Errors.ValueError("sleep length must be non-negative");
            var ts = Evaluation.ThreadState.Current;
            var end = DateTime.UtcNow + TimeSpan.FromSeconds(s);
            while (true)
            {
                bool woken;
                using (Evaluation.Gil.Unlocked())   // other threads run while this one sleeps (sleep(0) lets them in too)
                    woken = s > 0 && Hosting.Interrupts.SleepUntil(end);
                // Ctrl-C and signal handlers run when they arrive, as CPython's EINTR does: a handler that
                // raises ends the sleep; otherwise it goes on for the rest of the time (PEP 475).
                if (ts.Pending != 0) ts.RunPending();
                if (!woken) return PyNone.Instance;
            }
        });

        m.AddFunction("gmtime", static (a, kw) =>
        {
            Arity("gmtime", a, kw, 0, 1);
            long t = NowOrSeconds(a);
            Tm tm;
            if (gmtime_r(&t, &tm) == null) throw IoModule.LastOSError();
            return ToStructTime(tm);
        });
        m.AddFunction("localtime", static (a, kw) =>
        {
            Arity("localtime", a, kw, 0, 1);
            return ToStructTime(Local(NowOrSeconds(a)));
        });
        m.AddFunction("mktime", static (a, kw) =>
        {
            Arity("mktime", a, kw, 1, 1);
            var tm = FromTuple(a[0], "mktime", out var zone);
            try
            {
                tm.Wday = -1;   // sentinel: mktime fills it in unless it fails
                long t = mktime(&tm);
                if (t == -1 && tm.Wday == -1) throw Errors.OverflowError("mktime argument out of range");
                return new PyFloat(t);
            }
            finally { Marshal.FreeCoTaskMem(zone); }
        });
        m.AddFunction("asctime", static (a, kw) =>
        {
            Arity("asctime", a, kw, 0, 1);
            var tm = TupleOrNow(a, "asctime", out var zone);
            Marshal.FreeCoTaskMem(zone);
            CheckTm(ref tm);
            return PyStr.From(AscTime(tm));
        });
        m.AddFunction("ctime", static (a, kw) =>
        {
            Arity("ctime", a, kw, 0, 1);
            return PyStr.From(AscTime(Local(NowOrSeconds(a))));
        });
        m.AddFunction("strftime", static (a, kw) =>
        {
            Arity("strftime", a, kw, 1, 2);
            var format = Ops.AsString(a[0], "strftime() argument 1");
            var tm = TupleOrNow(a[1..], "strftime", out var zone);
            try
            {
                CheckTm(ref tm);
                // Someone's %Z might assume tm_isdst is -1, 0 or 1.
                tm.Isdst = Math.Clamp(tm.Isdst, -1, 1);
                return PyStr.From(StrFTime(format, ref tm));
            }
            finally { Marshal.FreeCoTaskMem(zone); }
        });
        m.AddFunction("strptime", static (a, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("strptime() takes no keyword arguments");
            var mod = Importer.ImportName("_strptime", new PyDict(), PyNone.Instance, 0);
            return Ops.Call(Ops.GetAttr(mod, PyStr.From("_strptime_time")), a.ToArray());
        });
        m.AddFunction("tzset", static (a, kw) =>
        {
            Args.Count("time.tzset", a, kw, 0, 0);
            tzset();
            SetTimezone(ModuleOf());
            return PyNone.Instance;
        });
        tzset();
        SetTimezone(m);
        return m;
    }

    /// <summary>The module tzset updates: the calling interpreter's sys.modules entry.</summary>
    private static PyModule ModuleOf() => (PyModule)Importer.ImportName("time", new PyDict(), PyNone.Instance, 0);

    private static void AddClock(PyModule m, string name, int clk)
    {
        m.AddFunction(name, (a, kw) => { Args.Count("time." + name, a, kw, 0, 0); return Seconds(ClockNs(clk)); });
        m.AddFunction(name + "_ns", (a, kw) => { Args.Count("time." + name + "_ns", a, kw, 0, 0); return PyInt.From(ClockNs(clk)); });
    }
}
