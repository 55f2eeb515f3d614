#if HERTHON_DTRACE
using System.Threading;

namespace Herthon.Evaluation;

// Instrumented builds only: the identity tracers use to pair function__entry with function__return.
public sealed partial class Frame
{
    private static long s_lastProbeId;

    /// <summary>
    /// The id, in a struct of its own so that it is laid out after every other field of Frame
    /// (field layout places reference fields first, then primitives by size, then value-class
    /// fields last). A plain ulong went between the references and the ints, so the instrumented
    /// build had Ip, Sp, StackBase and LastLine 8 bytes further into the object than the plain
    /// one; wrapped, every field the loop uses has the same offset in both builds.
    /// </summary>
    private struct IdSlot { internal ulong Value; }
    private IdSlot _probeId;

    /// <summary>
    /// A 64-bit id unique per frame activation (never 0), assigned when a traced marker first needs
    /// it: at entry, or at return when the tracer attached mid-frame. A frame runs on one thread at a
    /// time, so the lazy assignment needs no lock; the counter itself is shared.
    /// </summary>
    /// <remarks>
    /// Frames are reused (Frame.Reuse.cs), and the call path does no marker work while no tracer is
    /// attached: nothing outside the guarded marker sites touches the id. So the sites keep it right
    /// themselves: function__entry of a frame that starts (Ip 0) always takes a fresh id (what the
    /// frame held belongs to an earlier call), and function__return of a call releases it, so that a
    /// tracer watching returns only sees a new id for the next call of a reused frame. A generator's
    /// frame keeps its id over all its resumptions and suspensions (it is never reused).
    /// </remarks>
    internal ulong ProbeId => _probeId.Value != 0 ? _probeId.Value : _probeId.Value = NextProbeId();

    private static ulong NextProbeId() => (ulong)Interlocked.Increment(ref s_lastProbeId);

    /// <summary>The id function__entry reports: fresh for a frame that starts, kept for a resumed one.</summary>
    internal ulong EntryProbeId() => Ip == 0 ? _probeId.Value = NextProbeId() : ProbeId;

    /// <summary>The id function__return reports; released when the frame is not a generator's (its call ended).</summary>
    internal ulong ReturnProbeId()
    {
        ulong id = ProbeId;
        if (Generator is null) _probeId.Value = 0;
        return id;
    }
}
#endif
