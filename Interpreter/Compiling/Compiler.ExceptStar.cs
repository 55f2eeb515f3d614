using Herthon.Parsing;
using Herthon.Runtime;

namespace Herthon.Compiling;

public sealed partial class Compiler
{
    /// <summary>
    /// try/except* (CPython 3.11's compiler_try_star_except). Each clause splits what is left of
    /// the exception (CHECK_EG_MATCH); what the handlers raise or re-raise and the unmatched
    /// remainder are collected in a list that PREP_RERAISE_STAR combines at the end.
    /// </summary>
    private void CompileTryStar(Try t)
    {
        var handler = NewLabel();
        var end = NewLabel();
        _b.PushHandler(handler);
        _b.Blocks.Push(new FBlock(FBlockKind.TryExcept));
        VisitBody(t.Body);
        _b.Blocks.Pop();
        _b.PopHandler();
        VisitBody(t.OrElse);
        EmitJump(Op.Jump, end);

        Mark(handler);                   // [.., exc]
        var cleanup = NewLabel();
        _b.PushHandler(cleanup);         // cleanup sees [.., prev, exc2]
        Emit(Op.PushExcInfo);            // [.., prev, exc]
        Emit(Op.DupTop);                 // [.., prev, orig, exc]
        Emit(Op.BuildList, 0);
        Emit(Op.RotTwo);                 // [.., prev, orig, raised, exc]
        _b.Blocks.Push(new FBlock(FBlockKind.ExceptStar));
        foreach (var h in t.Handlers)
        {
            SetLine(h);
            var next = NewLabel();
            VisitExpr(h.Type!);          // the parser rejects `except*:` without a type
            EmitJump(Op.CheckEgMatch, next);   // [.., rest, match], or [.., exc] and jump
            var bodyRaised = NewLabel();
            if (h.Name is not null) EmitName(h.Name, ExprContext.Store);
            else Emit(Op.PopTop);        // [.., prev, orig, raised, rest]
            _b.PushHandler(bodyRaised);  // sees [.., prev, orig, raised, rest, exc2]
            _b.Blocks.Push(new FBlock(FBlockKind.HandlerCleanup, HandlerName: h.Name));
            VisitBody(h.Body);
            _b.Blocks.Pop();
            _b.PopHandler();
            if (h.Name is not null) ClearHandlerName(h.Name);
            EmitJump(Op.Jump, next);

            Mark(bodyRaised);            // what the handler raised joins the list
            if (h.Name is not null) ClearHandlerName(h.Name);
            Emit(Op.ListAppend, 2);
            EmitJump(Op.Jump, next);
            Mark(next);                  // [.., prev, orig, raised, rest]
        }
        _b.Blocks.Pop();
        var nothing = NewLabel();
        _b.Artificial = true;
        Emit(Op.ListAppend, 1);          // the unhandled rest (None when all matched)
        EmitJump(Op.PrepReraiseStar, nothing);   // [.., prev, exc] or [.., prev] and jump
        Emit(Op.Reraise);                // in the cleanup region, which restores prev
        Mark(nothing);
        Emit(Op.PopExcept);
        EmitJump(Op.Jump, end);
        _b.Artificial = false;
        _b.PopHandler();
        EmitCleanup(cleanup);
        Mark(end);
    }

    private void ClearHandlerName(string name)
    {
        EmitLoadConst(PyNone.Instance);
        EmitName(name, ExprContext.Store);
        EmitName(name, ExprContext.Del);
    }

    /// <summary>CPython rejects a jump out of an except* handler at compile time.</summary>
    private void CheckNotInExceptStar(int blocks, Node n)
    {
        int i = 0;
        foreach (var blk in _b.Blocks)
        {
            if (i++ >= blocks) break;
            if (blk.Kind == FBlockKind.ExceptStar) throw Error("'break', 'continue' and 'return' cannot appear in an except* block", n);
        }
    }
}
