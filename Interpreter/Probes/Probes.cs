using System.Diagnostics;
using Herthon.Evaluation;

namespace Herthon.Probes;

// Placeholder until the probe system lands: the eval loop's probe sites, erased at compile time.
internal static partial class Probes
{
    [Conditional("HERTHON_DTRACE")] internal static void FunctionEntry(Frame frame) { }
    [Conditional("HERTHON_DTRACE")] internal static void FunctionReturn(Frame frame, int ip) { }
    [Conditional("HERTHON_DTRACE")] internal static void Line(Frame frame, int lineno) { }
    [Conditional("HERTHON_DTRACE")] internal static void LineEnabled(ref bool enabled) { }
    [Conditional("HERTHON_DTRACE")] internal static void GcStart(int generation) { }
    [Conditional("HERTHON_DTRACE")] internal static void GcDone(long collected) { }
    [Conditional("HERTHON_DTRACE")] internal static void ImportFindLoadStart(string modulename) { }
    [Conditional("HERTHON_DTRACE")] internal static void ImportFindLoadDone(string modulename, int found) { }
    [Conditional("HERTHON_DTRACE")] internal static void Audit(string eventName, string argsRepr) { }
}
