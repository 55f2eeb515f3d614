using System.Diagnostics;

namespace Herthon.Probes;

// The attributes exist only for the [Probe] source generator. They are [Conditional] on a symbol no
// build defines, so no attribute instance is ever written to metadata: the plain build carries no
// trace of them, and the instrumented build none beyond the generated code.

/// <summary>
/// Marks a <c>static partial void</c> method (no body, no access modifier) as the site of a marker of
/// provider herthon (Interpreter/Native/herthon.d). The generator writes its body: test the marker's
/// semaphore and, only if a tracer raised it, compute the marker's arguments and fire it. How the
/// arguments are found from the method's parameters is described on <see cref="ProbeArgAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
[Conditional("HERTHON_PROBE_ATTRIBUTES_IN_METADATA")]
internal sealed class ProbeAttribute(string marker) : Attribute
{
    /// <summary>The marker name as herthon.d spells it, e.g. <c>function__entry</c>.</summary>
    public string Marker { get; } = marker;
}

/// <summary>
/// Marks a <c>static partial void M(ref bool enabled)</c> method: the generator makes it set
/// <c>enabled</c> to true when a tracer has the marker enabled and leave it as it is otherwise, so
/// callers start from false. In plain builds the call is erased and <c>enabled</c> keeps its value
/// (false). Setting it in a branch (not assigning the compare's result) lets the JIT fold the
/// caller's test of the flag into the semaphore's compare and branch.
/// With a second marker (<c>[ProbeEnabled("line", "function__entry")]</c>) the query sets the flag
/// when a tracer has either enabled, with one 32-bit load and compare of the pair's semaphores:
/// markers.c lays the two out as neighbours, first then second, and ProbeBinding.Pair checks that
/// they are (a pair it cannot read as one word reads as always enabled: the caller's marked path,
/// which asks each marker again, then runs every time).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
[Conditional("HERTHON_PROBE_ATTRIBUTES_IN_METADATA")]
internal sealed class ProbeEnabledAttribute(string marker, string? next = null) : Attribute
{
    public string Marker { get; } = marker;

    /// <summary>The marker whose semaphore follows <see cref="Marker"/>'s in markers.c, or null.</summary>
    public string? Next { get; } = next;
}

/// <summary>
/// Names where a marker argument comes from. Marker arguments are bound by name, in this order:
/// <list type="number">
/// <item>a parameter of the [Probe] method with the argument's name, or carrying
/// <c>[ProbeArg("name")]</c> (for names C# cannot spell, like <c>event</c>);</item>
/// <item>a static method of the same class carrying <c>[ProbeArg("name")]</c> whose parameters all
/// match (name and type) parameters of the [Probe] method. Among several, the one using the most
/// parameters wins — so a <c>LineAt(Frame frame, int ip)</c> would beat <c>FrameLine(Frame frame)</c>
/// for a method that has both.</item>
/// </list>
/// Such "argument sources" run only inside the guard, so they may do real work (line-table lookups,
/// string encoding). Each is plain C# and testable on its own.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
[Conditional("HERTHON_PROBE_ATTRIBUTES_IN_METADATA")]
internal sealed class ProbeArgAttribute(string argument) : Attribute
{
    public string Argument { get; } = argument;
}
