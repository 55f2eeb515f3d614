using System.Runtime.CompilerServices;
using Herthon.Runtime;

namespace Herthon.Evaluation;

public sealed partial class Frame
{
    /// <summary>The instance an inline `__init__` frame initialises (CALL of a class, see PushInit):
    /// its caller receives this, not the return value. Null in every other frame.</summary>
    internal PyObject? InitSelf;
    /// <summary>The class instantiated, for the instance__new__done marker when the frame is left.</summary>
    internal PyType? InitType;
}

// Instantiating a class with a Python __init__ (CPython 3.12's CALL_NO_KW_ALLOC_AND_ENTER_INIT):
// the untraced loop allocates the instance as object.__new__ would and pushes __init__ as an inline
// frame with it as self, instead of the recursive TypeCall -> CallFunctionWithSelf -> Execute path.
// The frame's exit (PopInline) fires instance__new__done; its return (InitResult) checks the
// result is None and gives the caller the instance.
public static partial class Interpreter
{
    /// <summary>
    /// CALL of class <paramref name="t"/>: pushes its `__init__` inline on a new instance, or returns
    /// null when the call takes TypeCall's path (a builtin class, a metaclass __call__, a custom
    /// __new__, no Python __init__, an abstract class, or anything PushInline declines).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? PushInit(Frame caller, ThreadState ts, PyType t, Slot[] s, int fn, int first, int count, int sp)
    {
        // The line marker, function__entry or instance__new__start watched: the marked twin fires
        // them (or declines, for the line marker). Asked first, while every argument is still in
        // its register: the set branch leaves with no moves on its edge, and the JIT lays it out
        // at the end, so the disabled guards fall through (MarkedCallLeaves, Interpreter.InlineCalls.cs).
        // Two tests, each leaving on its own: one flag set by both queries was compiled as the
        // pair's compare into a `cmovne`, then the single's compare and branch, then a test of the
        // flag and a second branch (nine instructions at every class instantiation; six now).
        bool marked = false;
        Probes.Probes.CallMarkersEnabled(ref marked);
        if (marked) return PushInitMarked(caller, ts, t, s, fn, first, count, sp);
        Probes.Probes.InstanceNewStartEnabled(ref marked);
        if (marked) return PushInitMarked(caller, ts, t, s, fn, first, count, sp);
        if (InitPlanOf(t, out bool exception) is not { } init) return null;
        if (!CanRunInlineUnmarked(ts)) return null;
        // `self.a = a` and nothing else: made and stored here, without the frame (InitByStores).
        if (!exception && init.Code.InitStores is { } stores && count == init.Code.ArgCount - 1 && caller.KwNames is null
            && t.InitStoreTargets(init.Code, stores) is { } targets
            && InitByStores(caller, ts, t, init, stores, targets, s, fn, first, sp) is { } done)
            return done;
        // Unwatched, a binding error needs no instance__new__done: it raises in the caller as is.
        var obj = exception ? NewException(t, s, first, count, caller.KwNames) : TypeCall.CreateInstance(t);
        var frame = EnterInline(caller, ts, init, obj, s, fn, first, count, sp, entryMarker: false);
        frame.InitSelf = obj;
        frame.Special = true;
        frame.InitType = t;
        return frame;
    }

    /// <summary>
    /// PushInit of a class whose `__init__` only stores its arguments as attributes of self
    /// (CodeObject.InitStores; PyType.InitStoreTargets found every store plain): the instance is
    /// made and its attributes stored here, as the frame would store them, and the caller gets the
    /// instance at <paramref name="fn"/> with its Ip past the CALL; it is returned as the frame to
    /// continue in (the loop reloads its state). No `__init__` frame exists, so nothing could watch
    /// one: with function__return or instance__new__done watched (function__entry, the line marker
    /// and instance__new__start were asked by PushInit) it returns null, nothing done, and PushInit
    /// pushes the frame as before; a tracer (sys.settrace/setprofile) and the recursion limit were
    /// tested by CanRunInlineUnmarked.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? InitByStores(Frame caller, ThreadState ts, PyType t, PyFunction init, int[] stores, int[] targets, Slot[] s, int fn, int first, int sp)
    {
        bool watched = false;
        Probes.Probes.ExitMarkersEnabled(ref watched);   // function__return or instance__new__done: one pair read
        if (watched) return null;
        var obj = TypeCall.CreateInstance(t);
        var names = init.Code.Names;
        var consts = init.Code.Constants;
        // Every store a new attribute of the class's shared key table, in its index order (the
        // usual case after the first instance): the table taken once and the values set by index.
        if (targets[0] < 0 && obj.Keys is null && obj.RawDict is null && obj.GetType() == typeof(PyDictInstance)
            && t.InitKeys(init.Code, stores, targets) is { } keys)
        {
            obj.TakeKeys(keys, targets.Length);
            for (int i = 0; i < targets.Length; i++)
            {
                int p = stores[2 * i];
                obj.SetValueAt(i, p > 0 ? s[first + p - 1].V! : consts[-p - 1]);
            }
        }
        else
        {
            // A slot's index is below the storage's capacity while the instance has no shared-key
            // layout (always, for a class with slots: SetAttrValue gives such an instance a dict);
            // the capacity read again after a SetAttrValue, which may grow the storage.
            int cap = obj.Keys is null ? obj.Capacity : 0;
            for (int i = 0; i < targets.Length; i++)
            {
                // Argument slot p of __init__ is the call's argument p - 1 (slot 0 is self); p < 0 is
                // the constant -p - 1 (CodeObject.InitStores).
                int p = stores[2 * i];
                var v = p > 0 ? s[first + p - 1].V! : consts[-p - 1];
                int at = targets[i];
                if ((uint)at < (uint)cap) obj.SetValueAt(at, v);
                else if (at >= 0) ((PySlotDescriptor)t.Lookup(names[stores[2 * i + 1]])!).Set(obj, v);
                else
                {
                    obj.SetAttrValue(names[stores[2 * i + 1]], v);
                    cap = obj.Keys is null ? obj.Capacity : 0;
                }
            }
        }
        for (int i = fn + 1; i < sp; i++) s[i].V = null;
        s[fn].V = obj;
        caller.Sp = fn + 1;
        caller.Ip++;
        return caller;
    }

    /// <summary>The `__init__` PushInit pushes for class <paramref name="t"/>, or null when the call
    /// takes TypeCall's path; <paramref name="exception"/> tells an exception class.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyFunction? InitPlanOf(PyType t, out bool exception)
    {
        exception = false;
        if (t.IsBuiltin || t.IsAbstract) return null;
        if (t.Metaclass is { } meta && meta.Lookup(Ops.N.Call) is PyFunction) return null;
        // A subclass of an exception class whose __new__ is BaseException's (not OSError's, ImportError's, ...):
        // the instance is made by that __new__, as TypeCall.NewUserInstance makes it.
        exception = t.IsException;
        if (exception ? !ReferenceEquals(t.New, TypeObjects.BaseException.New) : t.New is not null && !ReferenceEquals(t.New, TypeObjects.Object.New)) return null;
        // A Python __init__ and no Python __new__ (PyType.InlinePlans.cs: looked up once per class version).
        return t.Plan(PyType.InitPlan);
    }

    /// <summary>PushInit while a tracer watches the line marker, function__entry or
    /// instance__new__start.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame? PushInitMarked(Frame caller, ThreadState ts, PyType t, Slot[] s, int fn, int first, int count, int sp)
    {
        if (InitPlanOf(t, out bool exception) is not { } init) return null;
        if (!CanRunInline(ts)) return null;
        Probes.Probes.InstanceNewStart(t);
        Frame frame;
        try
        {
            var obj = exception ? NewException(t, s, first, count, caller.KwNames) : TypeCall.CreateInstance(t);
            frame = EnterInline(caller, ts, init, obj, s, fn, first, count, sp);
            frame.InitSelf = obj;
            frame.Special = true;
            frame.InitType = t;
        }
        catch (PyException)
        {
            // A binding error: raised in the caller, after the marker pair, as TypeCall raises it.
            Probes.Probes.InstanceNewDone(t);
            throw;
        }
        return frame;
    }

    /// <summary>The instance of exception class <paramref name="t"/> BaseException.__new__ makes from
    /// the call's arguments (the positional ones become args), watched when the class has a
    /// __del__, as TypeCall.NewUserInstance does before it calls __init__.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject NewException(PyType t, Slot[] s, int first, int count, string[]? kw)
    {
        var obj = t.New!(t, ArgSpan(s, first, count), kw);
        TypeCall.WatchIfFinalizable(obj);
        return obj;
    }

    /// <summary>What the caller of an inline __init__ frame receives for its result
    /// <paramref name="r"/>: the instance. Raised with the caller current when r is not None.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject InitResult(Frame init, PyObject r)
    {
        if (init.InitType is null) return BinaryResult(init, r);   // an inline __op__ frame (PushBinary)
        if (r is not PyNone) throw Errors.TypeError($"__init__() should return None, not '{r.Type.Name}'");
        return init.InitSelf!;
    }
}
