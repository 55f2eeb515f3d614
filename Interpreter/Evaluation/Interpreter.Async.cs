using System.Runtime.CompilerServices;
using Herthon.Compiling;
using Herthon.Runtime;

namespace Herthon.Evaluation;

/// <summary>Coroutines and async generators: the bodies of GET_AWAITABLE, GET_AITER, GET_ANEXT,
/// END_ASYNC_FOR, BEFORE_ASYNC_WITH and ASYNC_GEN_WRAP, kept out of the eval loop.</summary>
public static partial class Interpreter
{
    /// <summary>Calling generator, coroutine or async generator code creates the object that runs its frame.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject NewGeneratorObject(PyFunction f, Frame frame, ThreadState ts)
    {
        if (frame.Generator is { } reused) return reused;   // a recycled frame with its generator (LetGoFinished)
        var flags = frame.Code.Flags;
        if ((flags & CodeFlags.Coroutine) != 0) return new PyCoroutine(frame, f, ts);
        if ((flags & CodeFlags.AsyncGenerator) != 0) return new PyAsyncGenerator(frame, f);
        return new PyGenerator(frame);
    }

    /// <summary>The iterator a suspended frame delegates to (inside `yield from`/`await`), or null:
    /// gi_yieldfrom, cr_await, ag_await.</summary>
    public static PyObject? DelegatedIterator(Frame f)
    {
        if (f.Finished) return null;
        var instrs = f.Code.Code;
        int ip = f.Ip;
        if (ip > 0 && ip < instrs.Length && (Op)(instrs[ip - 1] & 0xFF) == Op.YieldValue
            && (Op)(instrs[ip] & 0xFF) == Op.JumpBackward && (Op)(instrs[instrs[ip] >> 8] & 0xFF) == Op.Send)
        {
            var it = f.Slots[f.Sp - 1].V;
            if (it is PyGenerator g) g.YieldFromOwned = false;   // handed out: no longer held by the SEND alone
            return it;
        }
        return null;
    }

    private static bool IsCoroutineLike(PyObject o) =>
        o is PyCoroutine || (o is PyGenerator g && (g.Frame.Code.Flags & CodeFlags.IterableCoroutine) != 0);

    /// <summary>CPython's _PyCoro_GetAwaitableIter: the iterator `await o` drives.</summary>
    public static PyObject GetAwaitableIter(PyObject o)
    {
        if (IsCoroutineLike(o)) return o;
        var m = o.Type.Lookup("__await__");
        if (m is null || m is PyNone) throw Errors.TypeError($"object {o.Type.Name} can't be used in 'await' expression");
        var r = Ops.CallMethod(m, o);
        if (IsCoroutineLike(r)) throw Errors.TypeError("__await__() returned a coroutine");
        if (!IsIterator(r)) throw Errors.TypeError($"__await__() returned non-iterator of type '{r.Type.Name}'");
        return r;
    }

    private static bool IsIterator(PyObject o) =>
        (o is PyIterator && o is not PyInstance) || o is IAwaitIterator || o.Type.Lookup(Ops.N.Next) is not null;

    /// <summary>GET_AWAITABLE: kind 0 `await`, 1 __aenter__'s result, 2 __aexit__'s result.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject GetAwaitableStep(PyObject o, int kind)
    {
        if (kind != 0 && !IsCoroutineLike(o) && o.Type.Lookup("__await__") is null)
            throw Errors.TypeError($"'async with' received an object from {(kind == 1 ? "__aenter__" : "__aexit__")} that does not implement __await__: {o.Type.Name}");
        var it = GetAwaitableIter(o);
        if (it is PyCoroutine c && c.Awaiting is not null) throw Errors.RuntimeError("coroutine is being awaited already");
        return it;
    }

    /// <summary>GET_AITER: `async for` calls __aiter__.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject GetAiterStep(PyObject o)
    {
        var m = o.Type.Lookup("__aiter__");
        if (m is null) throw Errors.TypeError($"'async for' requires an object with __aiter__ method, got {o.Type.Name}");
        var it = Ops.CallMethod(m, o);
        if (it.Type.Lookup("__anext__") is null)
            throw Errors.TypeError($"'async for' received an object from __aiter__ that does not implement __anext__: {it.Type.Name}");
        return it;
    }

    /// <summary>GET_ANEXT: the awaitable iterator of __anext__() (pushed above the async iterator).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject GetAnextStep(PyObject aiter)
    {
        if (aiter is PyAsyncGenerator ag)
        {
            ag.InitHooks();
            return new AsyncGenASend(ag, PyNone.Instance);
        }
        var m = aiter.Type.Lookup("__anext__");
        if (m is null) throw Errors.TypeError($"'async for' requires an iterator with __anext__ method, got {aiter.Type.Name}");
        var next = Ops.CallMethod(m, aiter);
        try
        {
            return GetAwaitableIter(next);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.TypeError))
        {
            var te = Errors.TypeError($"'async for' received an invalid object from __anext__: {next.Type.Name}");
            te.Value.Cause = e.Value;
            te.Value.Context = e.Value;
            te.Value.SuppressContext = true;
            throw te;
        }
    }

    /// <summary>END_ASYNC_FOR: stack [.., aiter, exc]. StopAsyncIteration ends the loop (null, the
    /// caller pops both); any other exception is returned to be re-raised.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyBaseException? EndAsyncForStep(Slot[] s, int sp)
    {
        var e = (PyBaseException)s[sp - 1].V!;
        if (!e.Type.IsSubtypeOf(TypeObjects.StopAsyncIteration)) return e;
        s[sp - 1].V = null;
        s[sp - 2].V = null;
        return null;
    }

    /// <summary>BEFORE_ASYNC_WITH: [mgr] → [bound __aexit__, __aenter__()].</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyBaseException? BeforeAsyncWithStep(Slot[] s, int sp)
    {
        var mgr = s[sp - 1].V!;
        var enter = mgr.Type.Lookup("__aenter__");
        if (enter is null) return Errors.TypeError($"'{mgr.Type.Name}' object does not support the asynchronous context manager protocol").Value;
        var exit = mgr.Type.Lookup("__aexit__");
        if (exit is null) return Errors.TypeError($"'{mgr.Type.Name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)").Value;
        s[sp - 1].V = Ops.BindDescriptor(exit, mgr, mgr.Type);
        s[sp].V = Ops.CallMethod(enter, mgr);
        return null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject AsyncGenWrapStep(PyObject v) => new AsyncGenWrappedValue(v);

    /// <summary>GET_YIELD_FROM_ITER for anything but a generator.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject YieldFromIterStep(PyObject o, CodeObject code)
    {
        if (o is PyCoroutine)
        {
            if ((code.Flags & (CodeFlags.Coroutine | CodeFlags.IterableCoroutine)) == 0)
                throw Errors.TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            return o;
        }
        // A user iterator stays unwrapped so its StopIteration value becomes the result.
        var yit = Ops.GetIter(o);
        return yit is UserIterator ui ? ui.Obj : yit;
    }

    /// <summary>One step of a sub-iterator with a sent value or a thrown exception (null when it finished).</summary>
    internal static PyObject? SendOrThrow(PyObject it, PyObject v, PyBaseException? thrown, out PyObject? ret)
    {
        ret = null;
        if (it is PyGenerator g) return g.Resume(thrown is null ? v : PyNone.Instance, thrown, out ret);
        if (it is IAwaitIterator ai) return ai.SendEx(thrown is null ? v : PyNone.Instance, thrown, out ret);
        if (thrown is null) return SendToIterator(it, v, out ret);
        var thr = Ops.GetAttrOrNull(it, PyStr.From("throw")) ?? throw new PyException(thrown);
        try
        {
            return Ops.Call(thr, thrown);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration))
        {
            ret = e.Value.Attr("value") ?? (e.Value.Args.Items.Length > 0 ? e.Value.Args.Items[0] : PyNone.Instance);
            return null;
        }
    }

    /// <summary>CPython's gen_close_iter: close() the iterator a closing generator delegates to.</summary>
    internal static void CloseSubIterator(PyObject it)
    {
        switch (it)
        {
            case PyGenerator g: g.Close(); return;
            case IAwaitIterator ai: ai.CloseIter(); return;
        }
        var close = Ops.GetAttrOrNull(it, PyStr.From("close"));
        if (close is not null) Ops.Call(close);
    }
}
