using Herthon.Parsing;
using Attribute = Herthon.Parsing.Attribute;
using Herthon.Runtime;

namespace Herthon.Compiling;

public sealed partial class Compiler
{
    private void CompileTry(Try t)
    {
        Emit(Op.Nop);   // the `try:` line's own line event (CPython's SETUP_FINALLY becomes a NOP there)
        if (t.FinalBody.Count > 0) CompileTryFinally(t);
        else if (t.IsStar) CompileTryStar(t);
        else CompileTryExcept(t);
    }

    private void CompileTryFinally(Try t)
    {
        var handler = NewLabel();
        var end = NewLabel();
        _b.PushHandler(handler);
        _b.Blocks.Push(new FBlock(FBlockKind.FinallyTry, FinallyBody: t.FinalBody));
        if (t.Handlers.Count > 0) { if (t.IsStar) CompileTryStar(t); else CompileTryExcept(t); }
        else VisitBody(t.Body);
        _b.Blocks.Pop();
        _b.PopHandler();
        // Normal exit: run the finally body inline.
        VisitBody(t.FinalBody);
        EmitJump(Op.Jump, end);

        // Exceptional exit: stack [.., exc]
        Mark(handler);                    // [.., exc]
        var cleanup = NewLabel();
        _b.PushHandler(cleanup);          // cleanup sees [.., prev, exc2]
        Emit(Op.PushExcInfo);            // [.., prev, exc]
        _b.Blocks.Push(new FBlock(FBlockKind.FinallyEnd));
        VisitBody(t.FinalBody);
        _b.Blocks.Pop();
        Emit(Op.Reraise);
        _b.PopHandler();
        EmitCleanup(cleanup);
        Mark(end);
    }

    /// <summary>Handler cleanup: [.., prev, exc2] → restore exc_info to prev and re-raise exc2.</summary>
    private void EmitCleanup(Label cleanup)
    {
        Mark(cleanup);
        Emit(Op.RotTwo);     // exc2, prev
        Emit(Op.PopExcept);  // exc2
        Emit(Op.Reraise);
    }

    private void CompileTryExcept(Try t)
    {
        var handler = NewLabel();
        var end = NewLabel();
        var orelse = NewLabel();
        _b.PushHandler(handler);
        _b.Blocks.Push(new FBlock(FBlockKind.TryExcept));
        VisitBody(t.Body);
        _b.Blocks.Pop();
        _b.PopHandler();
        Mark(orelse);
        VisitBody(t.OrElse);
        EmitJump(Op.Jump, end);

        Mark(handler);                   // [.., exc]
        var cleanup = NewLabel();
        _b.PushHandler(cleanup);         // cleanup sees [.., prev, exc2]
        var inCleanup = _b.SaveHandlers();
        if (t.Handlers.Count > 0) SetLine(t.Handlers[0]);   // the handler starts on the `except` line, not the try body's last
        Emit(Op.PushExcInfo);            // [.., prev, exc]
        foreach (var h in t.Handlers)
        {
            SetLine(h);
            var next = NewLabel();
            if (h.Type is not null)
            {
                VisitExpr(h.Type);
                Emit(Op.CheckExcMatch);
                EmitJump(Op.PopJumpIfFalse, next);
            }
            else
            {
                if (h != t.Handlers[^1]) throw Error("default 'except:' must be last", h);
                // A bare `except:` matches everything; testing against BaseException keeps one
                // place (CHECK_EXC_MATCH) where the exception__handled marker sees every catch.
                EmitLoadConst(TypeObjects.BaseException);
                Emit(Op.CheckExcMatch);
                EmitJump(Op.PopJumpIfFalse, next);
            }
            if (h.Name is not null)
            {
                EmitName(h.Name, ExprContext.Store);   // [.., prev]
                var nameCleanup = NewLabel();
                _b.PushHandler(nameCleanup);
                _b.Blocks.Push(new FBlock(FBlockKind.HandlerCleanup, HandlerName: h.Name));
                VisitBody(h.Body);
                _b.Blocks.Pop();
                _b.PopHandler();
                _b.PopHandler(); // leave the cleanup region for the normal exit
                Emit(Op.PopExcept);
                EmitLoadConst(PyNone.Instance);
                EmitName(h.Name, ExprContext.Store);
                EmitName(h.Name, ExprContext.Del);
                EmitJump(Op.Jump, end);
                // Name cleanup on exception inside the body: [.., prev, exc2]
                _b.RestoreHandlers(inCleanup);
                Mark(nameCleanup);
                EmitLoadConst(PyNone.Instance);
                EmitName(h.Name, ExprContext.Store);
                EmitName(h.Name, ExprContext.Del);
                Emit(Op.Reraise);
            }
            else
            {
                Emit(Op.PopTop);                        // [.., prev]
                _b.Blocks.Push(new FBlock(FBlockKind.HandlerCleanup));
                VisitBody(h.Body);
                _b.Blocks.Pop();
                _b.PopHandler();
                Emit(Op.PopExcept);
                EmitJump(Op.Jump, end);
                _b.RestoreHandlers(inCleanup);
            }
            Mark(next);
        }
        Emit(Op.Reraise);                // no clause matched: [.., prev, exc] → raise exc
        _b.PopHandler();
        EmitCleanup(cleanup);
        Mark(end);
    }

    private void CompileWith(With w, int itemIndex)
    {
        bool isAsync = w.IsAsync;
        if (isAsync && !InAsyncScope) throw SpanError("'async with' outside async function", w);
        var item = w.Items[itemIndex];
        var handler = NewLabel();
        var end = NewLabel();
        VisitExpr(item.ContextExpr);
        SetLine(w);
        if (isAsync)
        {
            Emit(Op.BeforeAsyncWith);    // [exit, awaitable]
            CompileAwait(1);             // [exit, value]
        }
        else Emit(Op.BeforeWith);        // [exit, value]
        Emit(Op.Nop);
        _b.Depth--;                      // handler depth excludes the enter value
        _b.PushHandler(handler);
        _b.Depth++;
        _b.Blocks.Push(new FBlock(isAsync ? FBlockKind.AsyncWith : FBlockKind.With, Statement: w));
        if (item.OptionalVars is not null) VisitTarget(item.OptionalVars);
        else Emit(Op.PopTop);
        if (itemIndex + 1 < w.Items.Count) CompileWith(w, itemIndex + 1);
        else VisitBody(w.Body);
        _b.Blocks.Pop();
        _b.PopHandler();
        SetLine(w);
        EmitLoadConst(PyNone.Instance);
        Emit(Op.DupTop);
        Emit(Op.DupTop);
        Emit(Op.Call, 3);
        if (isAsync) CompileAwait(2);
        Emit(Op.PopTop);
        EmitJump(Op.Jump, end);

        // Exception in the body: [exit, exc]
        Mark(handler);
        var cleanup = NewLabel();
        var suppress = NewLabel();
        _b.PushHandler(cleanup);         // cleanup sees [exit, prev, exc2]
        Emit(Op.PushExcInfo);            // [exit, prev, exc]
        Emit(Op.WithExceptStart);        // [exit, prev, exc, res]
        if (isAsync) CompileAwait(2);
        EmitJump(Op.PopJumpIfTrue, suppress);
        Emit(Op.Reraise);
        Mark(suppress);                  // [exit, prev, exc]
        Emit(Op.PopTop);
        Emit(Op.PopExcept);
        Emit(Op.PopTop);
        _b.PopHandler();
        EmitJump(Op.Jump, end);
        EmitCleanup(cleanup);
        Mark(end);
    }

    // ------------------------------------------------------------------ imports

    private void CompileImport(Import im)
    {
        foreach (var al in im.Names)
        {
            EmitLoadConst(PyInt.From(0));
            EmitLoadConst(PyNone.Instance);
            Emit(Op.ImportName, _b.NameIndex(al.Name));
            if (al.AsName is not null)
            {
                var parts = al.Name.Split('.');
                for (int i = 1; i < parts.Length; i++)
                {
                    Emit(Op.ImportFrom, _b.NameIndex(parts[i]));
                    Emit(Op.RotTwo);
                    Emit(Op.PopTop);
                }
                EmitName(al.AsName, ExprContext.Store);
            }
            else EmitName(al.Name.Split('.')[0], ExprContext.Store);
        }
    }

    private void CompileImportFrom(ImportFrom imf)
    {
        EmitLoadConst(PyInt.From(imf.Level));
        var names = imf.Names.Select(a => (PyObject)PyStr.From(a.Name)).ToArray();
        EmitLoadConst(new PyTuple(names));
        Emit(Op.ImportName, _b.NameIndex(imf.Module ?? ""));
        if (imf.Names.Count == 1 && imf.Names[0].Name == "*")
        {
            Emit(Op.ImportStar);
            return;
        }
        foreach (var al in imf.Names)
        {
            Emit(Op.ImportFrom, _b.NameIndex(al.Name));
            EmitName(al.AsName ?? al.Name, ExprContext.Store);
        }
        Emit(Op.PopTop);
    }
}
