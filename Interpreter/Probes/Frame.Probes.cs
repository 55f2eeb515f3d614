#if HERTHON_DTRACE
using System.Threading;

namespace Herthon.Evaluation;

// Instrumented builds only: the identity tracers use to pair function__entry with function__return.
public sealed partial class Frame
{
    private static long s_lastProbeId;
    private ulong _probeId;

    /// <summary>
    /// A 64-bit id unique per frame activation (never 0), assigned when a traced marker first needs
    /// it: at entry, or at return when the tracer attached mid-frame. A frame runs on one thread at a
    /// time, so the lazy assignment needs no lock; the counter itself is shared.
    /// </summary>
    internal ulong ProbeId => _probeId != 0 ? _probeId : _probeId = (ulong)Interlocked.Increment(ref s_lastProbeId);
}
#endif
