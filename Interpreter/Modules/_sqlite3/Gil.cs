using Herthon.Evaluation;

namespace Herthon.Runtime;

/// <summary>
/// The GIL around sqlite's blocking calls, as CPython's Py_BEGIN_ALLOW_THREADS: a step may wait out a
/// busy timeout on another connection's lock, and the thread holding that lock must be able to run
/// meanwhile. Callbacks into Python take the GIL back for their duration (<see cref="Relock"/>).
/// </summary>
internal static class SqliteGil
{
    /// <summary>True on a thread that released the GIL for a sqlite call now in progress.</summary>
    [ThreadStatic] private static bool t_unlocked;

    public static int Step(nint stmt)
    {
        var ts = ThreadState.Current;
        var gil = Hosting.Host.CurrentOrNull?.Gil;
        if (gil is null || !gil.IsHeldBy(ts)) return SqliteNative.sqlite3_step(stmt);
        bool saved = t_unlocked;
        t_unlocked = true;
        gil.Release(ts);
        try { return SqliteNative.sqlite3_step(stmt); }
        finally
        {
            gil.Acquire(ts);
            t_unlocked = saved;
        }
    }

    /// <summary>For a callback from inside <see cref="Step"/>: holds the GIL until disposed.</summary>
    public static Relocked Relock()
    {
        if (!t_unlocked) return default;
        var ts = ThreadState.Current;
        var gil = Hosting.Host.CurrentOrNull?.Gil;
        if (gil is null) return default;
        gil.Acquire(ts);
        t_unlocked = false;
        return new Relocked(gil, ts);
    }

    public readonly struct Relocked(Gil? gil, ThreadState? ts) : IDisposable
    {
        public void Dispose()
        {
            if (gil is null) return;
            t_unlocked = true;
            gil.Release(ts!);
        }
    }
}
