namespace Herthon.Evaluation;

/// <summary>
/// The global interpreter lock of one interpreter run (CPython's ceval_gil.c, simplified): only the
/// thread holding it touches Python objects. A thread releases it around blocking calls
/// (<see cref="Unlocked"/>); a thread that waited longer than sys.getswitchinterval() asks the holder
/// to drop it by setting <see cref="PendingWork.GilDrop"/> on the holder's ThreadState, which the
/// holder's loop handles at its next safe point (<see cref="Yield"/>). Uncontended, taking and
/// releasing it is one monitor enter/exit each, so a single-threaded program does not pay for it.
/// </summary>
internal sealed class Gil
{
    private readonly object _mutex = new();
    private ThreadState? _holder;
    private int _waiters;
    /// <summary>Counts hand-overs: a waiter whose interval passed without one asks the holder to yield.</summary>
    private long _switches;
    /// <summary>Set at interpreter exit: from then on only this (the main) thread runs; daemon threads stay blocked.</summary>
    private ThreadState? _finalOwner;

    private readonly Hosting.Host _host;

    internal Gil(Hosting.Host host) { _host = host; }

    /// <summary>sys.getswitchinterval() in milliseconds (at least 1: Monitor.Wait's resolution).</summary>
    private int IntervalMs => Math.Max(1, (int)Math.Round(_host.SwitchInterval * 1000));

    internal void Acquire(ThreadState ts)
    {
        lock (_mutex)
        {
            if (_holder is null && _waiters == 0 && _finalOwner is null) { _holder = ts; _switches++; return; }
            _waiters++;
            try
            {
                while (true)
                {
                    if (_finalOwner is not null && !ReferenceEquals(_finalOwner, ts)) { Monitor.Wait(_mutex); continue; }
                    if (_holder is null) break;
                    long seen = _switches;
                    var holder = _holder;
                    if (!Monitor.Wait(_mutex, IntervalMs) && holder is not null && ReferenceEquals(_holder, holder) && _switches == seen)
                        holder.RequestPending(PendingWork.GilDrop);
                }
            }
            finally { _waiters--; }
            _holder = ts;
            _switches++;
            Monitor.PulseAll(_mutex);   // a thread that yielded waits for this hand-over
        }
    }

    internal void Release(ThreadState ts)
    {
        lock (_mutex)
        {
            if (!ReferenceEquals(_holder, ts)) return;
            _holder = null;
            Monitor.PulseAll(_mutex);
        }
    }

    /// <summary>The holder's answer to a drop request: let a waiting thread run, then queue for the lock again.</summary>
    internal void Yield(ThreadState ts)
    {
        lock (_mutex)
        {
            ts.ClearPending(PendingWork.GilDrop);
            if (_waiters == 0 || _finalOwner is not null || !ReferenceEquals(_holder, ts)) return;
            long seen = _switches;
            _holder = null;
            Monitor.PulseAll(_mutex);
            // CPython's FORCE_SWITCHING: wait until another thread took it, or this one would retake it at once.
            while (_switches == seen && _waiters > 0) Monitor.Wait(_mutex);
        }
        Acquire(ts);
    }

    /// <summary>Interpreter exit: the caller (the main thread, holding the lock) keeps it for good.</summary>
    internal void Finalize(ThreadState ts)
    {
        lock (_mutex)
        {
            _finalOwner = ts;
            _holder = ts;
        }
    }

    internal bool IsHeldBy(ThreadState ts) => ReferenceEquals(_holder, ts);

    /// <summary>Releases the lock for a blocking call: <c>using (Gil.Unlocked()) { ...wait... }</c>.</summary>
    internal static Released Unlocked()
    {
        var ts = ThreadState.Current;
        var gil = Hosting.Host.CurrentOrNull?.Gil;
        if (gil is null || !gil.IsHeldBy(ts)) return default;
        gil.Release(ts);
        return new Released(gil, ts);
    }

    internal readonly struct Released(Gil? gil, ThreadState? ts) : IDisposable
    {
        public void Dispose()
        {
            if (gil is not null) gil.Acquire(ts!);
        }
    }
}
