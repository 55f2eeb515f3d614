using Herthon.Evaluation;
using System.Diagnostics;

namespace Herthon.Runtime;

/// <summary>The `time` module (clocks and sleep).</summary>
public static class TimeModule
{
    private static readonly long StartTicks = Stopwatch.GetTimestamp();

    private static long PerfNs() => (long)((Stopwatch.GetTimestamp() - StartTicks) * (1e9 / Stopwatch.Frequency)) + 1_000_000;

    private static long TimeNs() => (DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100;

    public static PyModule Create()
    {
        var m = new PyModule("time");
        m.AddFunction("time", static (a, kw) => { Args.Count("time.time", a, kw, 0, 0); return new PyFloat(TimeNs() / 1e9); });
        m.AddFunction("time_ns", static (a, kw) => { Args.Count("time.time_ns", a, kw, 0, 0); return PyInt.From(TimeNs()); });
        m.AddFunction("perf_counter", static (a, kw) => { Args.Count("time.perf_counter", a, kw, 0, 0); return new PyFloat(PerfNs() / 1e9); });
        m.AddFunction("perf_counter_ns", static (a, kw) => { Args.Count("time.perf_counter_ns", a, kw, 0, 0); return PyInt.From(PerfNs()); });
        m.AddFunction("monotonic", static (a, kw) => { Args.Count("time.monotonic", a, kw, 0, 0); return new PyFloat(PerfNs() / 1e9); });
        m.AddFunction("monotonic_ns", static (a, kw) => { Args.Count("time.monotonic_ns", a, kw, 0, 0); return PyInt.From(PerfNs()); });
        m.AddFunction("process_time", static (a, kw) => { Args.Count("time.process_time", a, kw, 0, 0); return new PyFloat(Process.GetCurrentProcess().TotalProcessorTime.Ticks / 1e7); });
        m.AddFunction("process_time_ns", static (a, kw) => { Args.Count("time.process_time_ns", a, kw, 0, 0); return PyInt.From(Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100); });
        m.AddFunction("sleep", static (a, kw) =>
        {
            Args.Count("time.sleep", a, kw, 1, 1);
            if (a[0] is not PyInt && a[0] is not PyFloat)
                throw Errors.TypeError($"'{a[0].Type.Name}' object cannot be interpreted as an integer");
            double s = Ops.ToDouble(a[0]);
            if (double.IsNaN(s)) throw Errors.ValueError("Invalid value NaN (not a number)");
            if (s < 0) throw Errors.ValueError("sleep length must be non-negative");
            using (Evaluation.Gil.Unlocked())   // other threads run while this one sleeps (sleep(0) lets them in too)
                if (s > 0) Hosting.Interrupts.Sleep(TimeSpan.FromSeconds(s));   // Ctrl-C wakes it
            if (Evaluation.ThreadState.Current is { Pending: not 0 } ts) ts.RunPending();   // KeyboardInterrupt from sleep, as CPython
            return PyNone.Instance;
        });
        m.AddFunction("strftime", static (a, kw) =>
        {
            Args.Count("strftime", a, kw, 1, 2);
            var fmt = Ops.AsString(a[0], "strftime() argument 1");
            var t = DateTime.Now;
            return PyStr.From(Strftime(fmt, t));
        });
        m.AddFunction("ctime", static (a, kw) =>
        {
            var t = a.Length > 0 && a[0] is not PyNone ? DateTimeOffset.FromUnixTimeMilliseconds((long)(Ops.ToDouble(a[0]) * 1000)).LocalDateTime : DateTime.Now;
            return PyStr.From(Strftime("%a %b ", t) + t.Day.ToString().PadLeft(2) + Strftime(" %H:%M:%S %Y", t));
        });
        return m;
    }

    public static string Strftime(string fmt, DateTime t)
    {
        var sb = new System.Text.StringBuilder();
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c != '%' || i + 1 >= fmt.Length) { sb.Append(c); continue; }
            char d = fmt[++i];
            sb.Append(d switch
            {
                'Y' => t.Year.ToString(inv),
                'y' => (t.Year % 100).ToString("00", inv),
                'm' => t.Month.ToString("00", inv),
                'd' => t.Day.ToString("00", inv),
                'H' => t.Hour.ToString("00", inv),
                'I' => ((t.Hour + 11) % 12 + 1).ToString("00", inv),
                'M' => t.Minute.ToString("00", inv),
                'S' => t.Second.ToString("00", inv),
                'p' => t.Hour < 12 ? "AM" : "PM",
                'a' => t.ToString("ddd", inv),
                'A' => t.ToString("dddd", inv),
                'b' => t.ToString("MMM", inv),
                'B' => t.ToString("MMMM", inv),
                'j' => t.DayOfYear.ToString("000", inv),
                'f' => (t.Ticks % 10_000_000 / 10).ToString("000000", inv),
                '%' => "%",
                _ => "%" + d,
            });
        }
        return sb.ToString();
    }
}

/// <summary>The `gc` module. Every collection goes through <see cref="Collect"/>.</summary>
public static class GcModule
{
    private static bool s_enabled = true;

    /// <summary>
    /// Runs a collection of the given generation (0-2) between the gc__start and gc__done markers;
    /// returns the number of objects it reclaimed as <see cref="GcTracker"/> counts them (tracked
    /// containers in or hanging off reference cycles), the same number gc__done reports.
    /// </summary>
    public static long Collect(int generation)
    {
        Probes.Probes.GcStart(generation);
        long collected = 0;
        try
        {
            // One collection at a time in the process: another host's FindCyclic holds strong
            // references to every tracked object while it runs, which would keep our garbage alive.
            lock (GcTracker.CollectionLock)
            {
                collected = GcTracker.Collect(generation);
                Finalization.AfterCollection(ThreadState.Current);   // __del__, generator finally, weakref callbacks
            }
            return collected;
        }
        finally
        {
            Probes.Probes.GcDone(collected);
        }
    }

    private static readonly int[] s_threshold = [700, 10, 10];

    public static PyModule Create()
    {
        GcTracker.Tracking = true;   // from `import gc` on, containers register for gc.collect()'s count
        var m = new PyModule("gc");
        m.AddFunction("collect", static (a, kw) =>
        {
            int np = Args.Positional(a, kw);
            Args.OnlyKw("collect", kw, "generation");
            if (np > 1) throw Errors.TypeError($"collect() takes at most 1 argument ({np} given)");
            var g = np == 1 ? a[0] : Args.Kw(a, kw, "generation");
            long gen = g is null ? 2 : Ops.IndexValue(g);
            if (gen < 0 || gen > 2) throw Errors.ValueError("invalid generation");
            return PyInt.From(Collect((int)gen));
        });
        m.AddFunction("enable", static (a, kw) => { Args.Count("enable", a, kw, 0, 0); s_enabled = true; return PyNone.Instance; });
        m.AddFunction("disable", static (a, kw) => { Args.Count("disable", a, kw, 0, 0); s_enabled = false; return PyNone.Instance; });
        m.AddFunction("isenabled", static (a, kw) => { Args.Count("isenabled", a, kw, 0, 0); return PyBool.From(s_enabled); });
        m.AddFunction("get_count", static (a, kw) =>
        {
            Args.Count("get_count", a, kw, 0, 0);
            return PyTuple.Of(PyInt.From(GC.CollectionCount(0) % 700), PyInt.From(GC.CollectionCount(1) % 10), PyInt.From(GC.CollectionCount(2) % 10));
        });
        // The thresholds are kept and reported; the CLR decides when it collects, so they trigger nothing.
        m.AddFunction("get_threshold", static (a, kw) =>
        {
            Args.Count("gc.get_threshold", a, kw, 0, 0);
            return PyTuple.Of(PyInt.From(s_threshold[0]), PyInt.From(s_threshold[1]), PyInt.From(s_threshold[2]));
        });
        m.AddFunction("set_threshold", static (a, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("set_threshold() takes no keyword arguments");
            if (a.Length < 1) throw Errors.TypeError("set_threshold() takes at least 1 argument (0 given)");
            if (a.Length > 3) throw Errors.TypeError($"set_threshold() takes at most 3 arguments ({a.Length} given)");
            var values = new int[a.Length];
            for (int i = 0; i < a.Length; i++) values[i] = (int)Ops.IndexValue(a[i]);
            values.CopyTo(s_threshold, 0);
            return PyNone.Instance;
        });
        m.AddFunction("get_objects", static (a, kw) =>
        {
            int np = Args.Positional(a, kw);
            Args.OnlyKw("get_objects", kw, "generation");
            if (np > 1) throw Errors.TypeError($"get_objects() takes at most 1 argument ({np} given)");
            var g = np == 1 ? a[0] : Args.Kw(a, kw, "generation");
            long gen = -1;
            if (g is not null && g is not PyNone)
            {
                if (g is not PyInt) throw Errors.TypeError($"argument should be integer or None, not '{g.Type.Name}'");
                gen = Ops.IndexValue(g);
                if (gen >= 3) throw Errors.ValueError("generation parameter must be less than the number of available generations (3)");
                if (gen < -1) throw Errors.ValueError("generation parameter cannot be negative");
            }
            return new PyList(GcTracker.LiveObjects((int)gen));   // the result list is tracked after the snapshot
        });
        m.AddFunction("is_tracked", static (a, kw) => PyBool.From(a[0] is not PyInt and not PyStr and not PyFloat and not PyComplex and not PyNone));
        m.Add("garbage", new PyList());
        m.Add("callbacks", new PyList());
        return m;
    }
}
