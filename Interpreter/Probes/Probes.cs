using System.Diagnostics;
using System.Runtime.CompilerServices;
using Herthon.Evaluation;
using Herthon.Runtime;

namespace Herthon.Probes;

/// <summary>
/// The probe sites of Herthon: what the interpreter calls where CPython fires its DTrace/SystemTap
/// markers. Provider, marker names and argument types are defined by Interpreter/Native/herthon.d.
/// </summary>
/// <remarks>
/// Two layers, both needed for the plain build to carry no trace of a marker:
/// <list type="bullet">
/// <item>The <c>*Probe</c> methods are bodiless <c>static partial void</c> methods with [Probe]; the
/// generator writes their bodies (semaphore test, then a cold call that computes the arguments) in
/// instrumented builds. C# only lets a partial method stay bodiless — and erases calls to it — when
/// it is implicitly private, so code outside this class cannot call them directly.</item>
/// <item>The public-facing methods (<see cref="FunctionEntry"/>, …) are <c>[Conditional("HERTHON_DTRACE")]</c>:
/// in plain builds (no HERTHON_DTRACE) the compiler removes every call to them at the call site,
/// arguments included, exactly like Debug.Assert. In instrumented builds they inline to the
/// generated guard (AggressiveInlining on both layers, so the site stays one load, one compare and
/// one branch even inside a huge eval-loop method whose inlining budget is spent).</item>
/// </list>
/// The parameters are context values the caller already holds (a frame, an instruction index);
/// every marker argument is derived from them inside the guard by the argument sources in
/// ProbeArguments.cs (see <see cref="ProbeArgAttribute"/> for the binding rule).
/// </remarks>
internal static partial class Probes
{
    private const string Instrumented = "HERTHON_DTRACE";

    /// <summary>A bytecode frame starts or resumes: function__entry(filename, funcname, co_firstlineno or the resume line, frameid).</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void FunctionEntry(Frame frame) => FunctionEntryProbe(frame);

    /// <summary>A bytecode frame ends: function__return(filename, funcname, line of the instruction it ended at, frameid).
    /// Its Ip is already past that instruction; the line is derived from it inside the guard, so the
    /// disabled site reads nothing of the frame.</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void FunctionReturn(Frame frame) => FunctionReturnProbe(frame, leaving: true);

    /// <summary>Execution reaches the start of source line <paramref name="lineno"/>. Call only from the line-traced copy of the loop.</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Line(Frame frame, int lineno) => LineProbe(frame, lineno);

    /// <summary>Sets <paramref name="enabled"/> to whether a tracer watches the line marker (stays false in plain builds).</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void LineEnabled(ref bool enabled) => LineEnabledProbe(ref enabled);

    /// <summary>
    /// Sets <paramref name="traced"/> when a tracer watches the line marker or function__entry (stays
    /// false in plain builds). The inline call's exact-arguments path and every inline generator
    /// resume ask this once and, when set, leave for the path that fires function__entry (or
    /// declines, for the line marker): a test whose set branch returns from the method, so the
    /// disabled path falls through (see MarkedCallLeaves in Interpreter.InlineCalls.cs). One pair
    /// query: the two semaphores are neighbours in markers.c and one 32-bit load and compare reads
    /// both (two queries or-ed were two loads of the semaphores' addresses, two compares, two
    /// conditional moves and the or's test: generators.py's resumes, seventeenth to twenty-first sessions).
    /// </summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CallMarkersEnabled(ref bool traced) => LineOrFunctionEntryEnabledProbe(ref traced);
    /// <summary>Sets <paramref name="enabled"/> when a tracer watches function__entry (stays false in
    /// plain builds): an inline generator resume leaves for its marked twin when set.</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void FunctionEntryEnabled(ref bool enabled) => FunctionEntryEnabledProbe(ref enabled);
    /// <summary>Sets <paramref name="enabled"/> when a tracer watches function__entry or
    /// function__return (one pair query; stays false in plain builds): an item a sink takes
    /// between a generator's yield and its resume (SinkYield) leaves for the path that fires both.</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void EntryOrReturnEnabled(ref bool enabled) => FunctionEntryOrReturnEnabledProbe(ref enabled);
    /// <summary>Sets <paramref name="enabled"/> when a tracer watches function__return or
    /// instance__new__done (one pair query; stays false in plain builds): what an inline frame's
    /// exit fires (PopInline: every yield of a generator resumed inline).</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void ExitMarkersEnabled(ref bool enabled) => ExitMarkersEnabledProbe(ref enabled);
    /// <summary>Sets <paramref name="enabled"/> when a tracer watches function__return (stays false in
    /// plain builds); the inline return's plain path leaves for the one that fires it.</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void FunctionReturnEnabled(ref bool enabled) => FunctionReturnEnabledProbe(ref enabled);
    /// <summary>Sets <paramref name="enabled"/> when a tracer watches instance__new__start (stays false in plain builds).</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void InstanceNewStartEnabled(ref bool enabled) => InstanceNewStartEnabledProbe(ref enabled);
    /// <summary>Sets <paramref name="enabled"/> when a tracer watches instance__new__done (stays false in plain builds).</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void InstanceNewDoneEnabled(ref bool enabled) => InstanceNewDoneEnabledProbe(ref enabled);
    /// <summary>A collection of <paramref name="generation"/> starts.</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void GcStart(int generation) => GcStartProbe(generation);

    /// <summary>A collection ended, having reclaimed <paramref name="collected"/> objects.</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void GcDone(long collected) => GcDoneProbe(collected);

    /// <summary>The import system starts finding and loading <paramref name="modulename"/>.</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void ImportFindLoadStart(string modulename) => ImportFindLoadStartProbe(modulename);

    /// <summary>Find-and-load of <paramref name="modulename"/> ended; <paramref name="found"/> is 1 if loaded, else 0.</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void ImportFindLoadDone(string modulename, int found) => ImportFindLoadDoneProbe(modulename, found);

    /// <summary>
    /// sys.audit(<paramref name="eventName"/>, *<paramref name="args"/>): the marker's args is the repr of
    /// the tuple as NUL-terminated UTF-8, rendered only when a tracer watches (see ProbeArguments.ArgsRepr).
    /// </summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Audit(string eventName, PyTuple args) => AuditProbe(eventName, args);

    /// <summary>Sets <paramref name="enabled"/> to whether a tracer watches the audit marker (stays false in plain builds).</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void AuditEnabled(ref bool enabled) => AuditEnabledProbe(ref enabled);

    /// <summary>Sets <paramref name="traced"/> when a tracer watches cfunction__entry or cfunction__return
    /// (stays false in plain builds): one pair query, a 32-bit read of the two neighbouring
    /// semaphores. Before, two flags or-ed (chained by `if (!traced)`, the first query's disabled
    /// path was a taken `je` to the second; one flag set by both, the JIT jump-threaded the second
    /// query's set edge to the caller's decline and laid that out inline): two loads, two compares,
    /// two conditional moves and a test at every fused or descriptor call of a builtin.</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CFunctionEnabled(ref bool traced) => CFunctionEnabledProbe(ref traced);

    /// <summary>
    /// A builtin <paramref name="callable"/> is called from <paramref name="caller"/> at instruction
    /// <paramref name="ip"/>: cfunction__entry(caller's file, builtin's name, caller's line, builtin's module).
    /// </summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CFunctionEntry(Frame caller, int ip, PyObject callable) => CFunctionEntryProbe(caller, ip, callable);

    /// <summary>The builtin call of <see cref="CFunctionEntry"/> returned or raised.</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CFunctionReturn(Frame caller, int ip, PyObject callable) => CFunctionReturnProbe(caller, ip, callable);

    /// <summary>An instance of the user class <paramref name="type"/> is being created.</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void InstanceNewStart(PyType type) => InstanceNewStartProbe(type);

    /// <summary>Creation of an instance of <paramref name="type"/> finished (or raised).</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void InstanceNewDone(PyType type) => InstanceNewDoneProbe(type);

    /// <summary>Sets <paramref name="enabled"/> when a tracer watches exception__raise (stays false in
    /// plain builds): the unwinder's handler search leaves for its marked twin when set.</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void ExceptionRaiseEnabled(ref bool enabled) => ExceptionRaiseEnabledProbe(ref enabled);

    /// <summary>
    /// The unwinder met <paramref name="exception"/> at instruction <paramref name="ip"/> of <paramref name="frame"/>,
    /// before recording its traceback entry. Fires exception__raise when the exception appears for the
    /// first time (no traceback yet: a raise statement or a builtin that raised) or a raise statement
    /// raises it again; a propagating exception does not fire again in each caller.
    /// </summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void ExceptionRaise(Frame frame, int ip, PyBaseException exception)
    {
        bool on = false;
        ExceptionRaiseEnabledProbe(ref on);
        if (on && (exception.Traceback is null || ProbeRendering.IsRaiseStatement(frame, ip)))
            ExceptionRaiseProbe(frame, ip, exception);
    }

    /// <summary>Sets <paramref name="enabled"/> when a tracer watches exception__handled (stays false in
    /// plain builds): CHECK_EXC_MATCH's match leaves for its marked twin when set.</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void ExceptionHandledEnabled(ref bool enabled) => ExceptionHandledEnabledProbe(ref enabled);

    /// <summary>An except clause (at instruction <paramref name="ip"/>, CHECK_EXC_MATCH) matched <paramref name="exception"/>.</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void ExceptionHandled(Frame frame, int ip, PyBaseException exception) => ExceptionHandledProbe(frame, ip, exception);

    /// <summary>Herthon starts finalising an instance of the user class <paramref name="type"/> (see Finalization).</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void InstanceDeleteStart(PyType type) => InstanceDeleteStartProbe(type);

    /// <summary>Finalisation of an instance of <paramref name="type"/> ended.</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void InstanceDeleteDone(PyType type) => InstanceDeleteDoneProbe(type);

    /// <summary>Sets <paramref name="enabled"/> when a tracer watches instance__delete__start or __done (stays false in plain builds).</summary>
    [Conditional(Instrumented), MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void InstanceDeleteEnabled(ref bool enabled) => InstanceDeleteEnabledProbe(ref enabled);   // one pair query: see CFunctionEnabled

    [Probe("function__entry")]
    static partial void FunctionEntryProbe(Frame frame);

    /// <summary><paramref name="leaving"/> (always true) tells the frameid source it runs at a return,
    /// where a finished call's id is released (see ProbeArguments.LeavingFrameId).</summary>
    [Probe("function__return")]
    static partial void FunctionReturnProbe(Frame frame, bool leaving);

    [Probe("line")]
    static partial void LineProbe(Frame frame, int lineno);

    [ProbeEnabled("line")]
    static partial void LineEnabledProbe(ref bool enabled);

    [ProbeEnabled("function__entry")]
    static partial void FunctionEntryEnabledProbe(ref bool enabled);

    [ProbeEnabled("line", "function__entry")]
    static partial void LineOrFunctionEntryEnabledProbe(ref bool enabled);

    [ProbeEnabled("function__entry", "function__return")]
    static partial void FunctionEntryOrReturnEnabledProbe(ref bool enabled);

    [ProbeEnabled("function__return", "instance__new__done")]
    static partial void ExitMarkersEnabledProbe(ref bool enabled);

    [ProbeEnabled("function__return")]
    static partial void FunctionReturnEnabledProbe(ref bool enabled);

    [ProbeEnabled("instance__new__start")]
    static partial void InstanceNewStartEnabledProbe(ref bool enabled);

    [ProbeEnabled("instance__new__done")]
    static partial void InstanceNewDoneEnabledProbe(ref bool enabled);

    [Probe("gc__start")]
    static partial void GcStartProbe(int generation);

    [Probe("gc__done")]
    static partial void GcDoneProbe(long collected);

    [Probe("import__find__load__start")]
    static partial void ImportFindLoadStartProbe(string modulename);

    [Probe("import__find__load__done")]
    static partial void ImportFindLoadDoneProbe(string modulename, int found);

    [Probe("audit")]
    static partial void AuditProbe([ProbeArg("event")] string eventName, PyTuple tuple);

    [ProbeEnabled("audit")]
    static partial void AuditEnabledProbe(ref bool enabled);

    [Probe("cfunction__entry")]
    static partial void CFunctionEntryProbe(Frame caller, int ip, PyObject callable);

    [ProbeEnabled("cfunction__entry")]
    static partial void CFunctionEntryEnabledProbe(ref bool enabled);

    [Probe("cfunction__return")]
    static partial void CFunctionReturnProbe(Frame caller, int ip, PyObject callable);

    [ProbeEnabled("cfunction__return")]
    static partial void CFunctionReturnEnabledProbe(ref bool enabled);

    [ProbeEnabled("cfunction__entry", "cfunction__return")]
    static partial void CFunctionEnabledProbe(ref bool enabled);

    [Probe("instance__new__start")]
    static partial void InstanceNewStartProbe(PyType type);

    [Probe("instance__new__done")]
    static partial void InstanceNewDoneProbe(PyType type);

    [Probe("exception__raise")]
    static partial void ExceptionRaiseProbe(Frame frame, int ip, PyBaseException exception);

    [ProbeEnabled("exception__raise")]
    static partial void ExceptionRaiseEnabledProbe(ref bool enabled);

    [Probe("exception__handled")]
    static partial void ExceptionHandledProbe(Frame frame, int ip, PyBaseException exception);

    [ProbeEnabled("exception__handled")]
    static partial void ExceptionHandledEnabledProbe(ref bool enabled);

    [Probe("instance__delete__start")]
    static partial void InstanceDeleteStartProbe(PyType type);

    [ProbeEnabled("instance__delete__start")]
    static partial void InstanceDeleteStartEnabledProbe(ref bool enabled);

    [Probe("instance__delete__done")]
    static partial void InstanceDeleteDoneProbe(PyType type);

    [ProbeEnabled("instance__delete__done")]
    static partial void InstanceDeleteDoneEnabledProbe(ref bool enabled);

    [ProbeEnabled("instance__delete__start", "instance__delete__done")]
    static partial void InstanceDeleteEnabledProbe(ref bool enabled);
}
