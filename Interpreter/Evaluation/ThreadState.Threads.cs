using System.Runtime.CompilerServices;
using Herthon.Runtime;

namespace Herthon.Evaluation;

/// <summary>What `_thread` needs of a thread's state: its identity, its end, and the GIL hand-over.</summary>
public sealed partial class ThreadState
{
    private static long s_lastIdent;

    /// <summary>_thread.get_ident(): unique among the threads of the process (never reused).</summary>
    internal readonly long Ident = Interlocked.Increment(ref s_lastIdent);
    /// <summary>The interpreter (host) whose `_thread` started this thread; null for a host's main thread.
    /// Several hosts share a process in the test runner, and each sees only its own threads.</summary>
    internal Hosting.Host? StartedBy;
    /// <summary>The OS thread id (_thread.get_native_id()), set when the thread starts running Python code.</summary>
    internal int NativeId;
    /// <summary>Locks from _thread._set_sentinel(), released when this thread's state goes away (threading's join waits on them).</summary>
    internal List<ThreadModule.PyLock>? Sentinels;
    /// <summary>Set when the thread has ended: finalisers the CLR still queues for it run on this thread instead.</summary>
    internal volatile ThreadState? EndedInto;

    /// <summary>Queues a Python finaliser on this thread, or on the thread that inherited its work if it has ended.</summary>
    internal void QueueFinalizer(Finalizable item)
    {
        Finalizers.Enqueue(item);
        RequestPending(PendingWork.Finalizers);
        HandOverFinalizers();
    }

    /// <summary>Moves whatever is queued on an ended thread to its heir (both the ending thread and a late finaliser call this, so nothing is stranded).</summary>
    private void HandOverFinalizers()
    {
        var ts = this;
        while (ts.EndedInto is { } heir)
        {
            bool moved = false;
            while (ts.Finalizers.TryDequeue(out var x)) { heir.Finalizers.Enqueue(x); moved = true; }
            if (moved) heir.RequestPending(PendingWork.Finalizers);
            ts = heir;
        }
    }

    /// <summary>The thread is done running Python code: later finalisers go to <paramref name="heir"/>.</summary>
    internal void End(ThreadState heir)
    {
        EndedInto = heir;
        HandOverFinalizers();
    }

    /// <summary>Makes <paramref name="ts"/> current on a thread `_thread` started (null when it ends).</summary>
    internal static void Attach(ThreadState? ts) => t_current = ts;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void RaiseInterrupt()
    {
        ClearPending(PendingWork.Interrupt);
        throw new PyException(Errors.NewException(TypeObjects.KeyboardInterrupt, []));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void YieldGil()
    {
        if (Hosting.Host.CurrentOrNull?.Gil is { } gil) gil.Yield(this);
        else ClearPending(PendingWork.GilDrop);
    }
}
