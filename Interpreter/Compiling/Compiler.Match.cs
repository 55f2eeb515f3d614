using System.Numerics;
using Herthon.Parsing;
using Attribute = Herthon.Parsing.Attribute;
using Herthon.Runtime;

namespace Herthon.Compiling;

// The match statement, compiled the way CPython 3.11's compile.c does (compiler_match and the
// compiler_pattern_* family). While a pattern is tried, the values it captures wait on the stack
// (beneath the items still being matched); names are stored only once the whole pattern has
// matched, so a failed case binds nothing. A failed check jumps to a "fail-pop" label that pops
// exactly the items on the stack at that point.
public sealed partial class Compiler
{
    /// <summary>CPython's pattern_context.</summary>
    /// <summary>The pattern compiled last: CPython reports some pattern errors at its location.</summary>
    private Pattern? _patternLoc;

    private sealed class PatternContext
    {
        /// <summary>Names captured so far, in the order they will be stored (the first is on top of the captures).</summary>
        public List<string> Stores = [];
        /// <summary>Whether an irrefutable pattern (a capture or `_`) may appear here.</summary>
        public bool AllowIrrefutable;
        /// <summary>FailPop[n]: pops n items, then falls through to FailPop[0].</summary>
        public List<Label> FailPop = [];
        /// <summary>Items above the captures that must be kept while a sub-pattern is matched.</summary>
        public int OnTop;
    }

    private void CompileMatch(Match m)
    {
        VisitExpr(m.Subject);
        var end = NewLabel();
        int cases = m.Cases.Count;
        var lastCase = m.Cases[^1];
        bool hasDefault = IsWildcard(lastCase.Pattern) && cases > 1;
        var pc = new PatternContext();
        for (int i = 0; i < cases - (hasDefault ? 1 : 0); i++)
        {
            var mc = m.Cases[i];
            bool last = i == cases - (hasDefault ? 1 : 0) - 1;
            // Only the last case may consume the subject itself.
            if (!last) Emit(Op.Copy, 1);
            pc.Stores = [];
            pc.AllowIrrefutable = mc.Guard is not null || i == cases - 1;
            pc.FailPop = [];
            pc.OnTop = 0;
            CompilePattern(mc.Pattern, pc);
            // A match: store the captured names (they are on the stack, the first on top).
            foreach (var name in pc.Stores) EmitName(name, ExprContext.Store);
            if (mc.Guard is not null)
            {
                EnsureFailPop(pc, 0);
                VisitJumpIf(mc.Guard, pc.FailPop[0], false);
            }
            if (!last) Emit(Op.PopTop);
            VisitBody(mc.Body);
            EmitJump(Op.Jump, end);
            // A failed case's cleanup belongs to its pattern's line, not to the body's last line.
            SetLine(mc.Pattern);
            EmitAndResetFailPop(pc);
        }
        if (hasDefault)
        {
            SetLine(lastCase.Pattern);
            Emit(Op.Nop);   // the line event of `case _:` (it has no code of its own)
            if (lastCase.Guard is not null) VisitJumpIf(lastCase.Guard, end, false);
            VisitBody(lastCase.Body);
        }
        Mark(end);
    }

    private static bool IsWildcard(Pattern p) => p is MatchAs { Pattern: null, Name: null };

    private static bool IsStarWildcard(Pattern p) => p is MatchStar { Name: null };

    /// <summary>A compile-time error at a pattern, with the caret range CPython shows.</summary>
    private SyntaxErrorException PatternError(string msg, Node n)
    {
        string? line = n.Line >= 1 && n.Line <= _sourceLines.Length ? _sourceLines[n.Line - 1].TrimEnd('\r') : null;
        return new SyntaxErrorException(msg, _filename, n.Line, n.Col + 1, line, n.EndCol + 1) { EndLineNo = n.EndLine };
    }

    private void EnsureFailPop(PatternContext pc, int n)
    {
        while (pc.FailPop.Count < n + 1) pc.FailPop.Add(NewLabel());
    }

    /// <summary>Jumps (op pops its condition) to the label popping everything this pattern has pushed.</summary>
    private void JumpToFailPop(PatternContext pc, Op op)
    {
        int pops = pc.OnTop + pc.Stores.Count;
        EnsureFailPop(pc, pops);
        EmitJump(op, pc.FailPop[pops]);
    }

    private void EmitAndResetFailPop(PatternContext pc)
    {
        if (pc.FailPop.Count == 0) return;
        // Labels reached only by falling through have no recorded depth: derive it from one that has.
        int baseDepth = -1;
        for (int i = 0; i < pc.FailPop.Count && baseDepth < 0; i++)
            if (pc.FailPop[i].Depth >= 0) baseDepth = pc.FailPop[i].Depth - i;
        for (int i = pc.FailPop.Count - 1; i >= 0; i--)
        {
            if (baseDepth >= 0) _b.Depth = baseDepth + i;
            Mark(pc.FailPop[i]);
            if (i > 0) Emit(Op.PopTop);
        }
        pc.FailPop = [];
    }

    /// <summary>Moves the top of the stack down to position `count` (1 = top), as SWAPs.</summary>
    private void Rotate(int count)
    {
        while (count > 1) Emit(Op.Swap, count--);
    }

    private void StoreCapture(string? name, Node at, PatternContext pc)
    {
        if (name is null)
        {
            Emit(Op.PopTop);
            return;
        }
        if (name == "__debug__") throw PatternError("cannot assign to __debug__", at);
        if (pc.Stores.Contains(name)) throw PatternError($"multiple assignments to name '{name}' in pattern", at);
        // Keep the value beneath whatever is still being matched and the earlier captures.
        Rotate(pc.OnTop + pc.Stores.Count + 1);
        pc.Stores.Add(name);
    }

    /// <summary>A sub-pattern may always be irrefutable (`case [x]:`, `case {"k": _}:`).</summary>
    private void CompileSubpattern(Pattern p, PatternContext pc)
    {
        bool allow = pc.AllowIrrefutable;
        pc.AllowIrrefutable = true;
        CompilePattern(p, pc);
        pc.AllowIrrefutable = allow;
    }

    /// <summary>Matches the subject on top of the stack, consuming it.</summary>
    private void CompilePattern(Pattern p, PatternContext pc)
    {
        SetLine(p);
        _patternLoc = p;
        switch (p)
        {
            case MatchValue v: CompileValuePattern(v, pc); break;
            case MatchSingleton s:
                EmitLoadConst(ConstantValue(s.Value));
                Emit(Op.IsOp, 0);
                JumpToFailPop(pc, Op.PopJumpIfFalse);
                break;
            case MatchSequence sq: CompileSequencePattern(sq, pc); break;
            case MatchMapping mm: CompileMappingPattern(mm, pc); break;
            case MatchClass mc: CompileClassPattern(mc, pc); break;
            case MatchStar st: StoreCapture(st.Name, st, pc); break;
            case MatchAs a: CompileAsPattern(a, pc); break;
            case MatchOr o: CompileOrPattern(o, pc); break;
        }
    }

    private void CompileValuePattern(MatchValue v, PatternContext pc)
    {
        if (!IsPatternLiteral(v.Value) && v.Value is not Attribute)
            throw PatternError("patterns may only match literals and attribute lookups", v);
        VisitExpr(v.Value);
        Emit(Op.CompareOp, (int)CompareOp.Eq);
        JumpToFailPop(pc, Op.PopJumpIfFalse);
    }

    /// <summary>A literal the parser allows in patterns: a constant, -constant, or real±imag.</summary>
    private static bool IsPatternLiteral(Expr e) => e switch
    {
        Constant => true,
        UnaryOp { Op: UnaryOpKind.USub, Operand: Constant } => true,
        BinOp { Op: BinOpKind.Add or BinOpKind.Sub } b => IsPatternLiteral(b.Left) && b.Right is Constant,
        _ => false,
    };

    private void CompileAsPattern(MatchAs a, PatternContext pc)
    {
        if (a.Pattern is null)
        {
            if (!pc.AllowIrrefutable)
            {
                if (a.Name is not null) throw PatternError($"name capture '{a.Name}' makes remaining patterns unreachable", a);
                throw PatternError("wildcard makes remaining patterns unreachable", a);
            }
            StoreCapture(a.Name, a, pc);
            return;
        }
        // Keep a copy of the subject to capture once the inner pattern has matched.
        pc.OnTop++;
        Emit(Op.Copy, 1);
        CompilePattern(a.Pattern, pc);
        pc.OnTop--;
        StoreCapture(a.Name, a, pc);
    }

    private void CompileSequencePattern(MatchSequence sq, PatternContext pc)
    {
        var patterns = sq.Patterns;
        int size = patterns.Count;
        int star = -1;
        bool onlyWildcard = true, starWildcard = false;
        for (int i = 0; i < size; i++)
        {
            var sub = patterns[i];
            if (sub is MatchStar)
            {
                if (star >= 0) throw PatternError("multiple starred names in sequence pattern", sq);
                starWildcard = IsStarWildcard(sub);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= IsWildcard(sub);
        }
        // The subject stays on top during the sequence and length checks.
        pc.OnTop++;
        Emit(Op.MatchSequence);
        JumpToFailPop(pc, Op.PopJumpIfFalse);
        if (star < 0)
        {
            Emit(Op.GetLen);
            EmitLoadConst(PyInt.From(size));
            Emit(Op.CompareOp, (int)CompareOp.Eq);
            JumpToFailPop(pc, Op.PopJumpIfFalse);
        }
        else if (size - 1 > 0)
        {
            Emit(Op.GetLen);
            EmitLoadConst(PyInt.From(size - 1));
            Emit(Op.CompareOp, (int)CompareOp.Ge);
            JumpToFailPop(pc, Op.PopJumpIfFalse);
        }
        pc.OnTop--;
        if (onlyWildcard) Emit(Op.PopTop);
        else if (starWildcard) CompileSequenceBySubscript(patterns, star, pc);
        else CompileSequenceByUnpacking(patterns, star, pc);
    }

    private void CompileSequenceByUnpacking(List<Pattern> patterns, int star, PatternContext pc)
    {
        int size = patterns.Count;
        if (star < 0) Emit(Op.UnpackSequence, size);
        else Emit(Op.UnpackEx, star | ((size - star - 1) << 8));
        // The items are now on the stack, the first on top; each stays until its turn.
        pc.OnTop += size;
        for (int i = 0; i < size; i++)
        {
            pc.OnTop--;
            CompileSubpattern(patterns[i], pc);
        }
    }

    /// <summary>With a `*_` wildcard, only the items that matter are fetched, by index.</summary>
    private void CompileSequenceBySubscript(List<Pattern> patterns, int star, PatternContext pc)
    {
        int size = patterns.Count;
        pc.OnTop++;
        for (int i = 0; i < size; i++)
        {
            var sub = patterns[i];
            if (IsWildcard(sub) || i == star) continue;
            Emit(Op.Copy, 1);
            if (i < star) EmitLoadConst(PyInt.From(i));
            else
            {
                Emit(Op.GetLen);
                EmitLoadConst(PyInt.From(size - i));
                Emit(Op.BinaryOp, (int)Runtime.BinaryOp.Sub);
            }
            Emit(Op.BinarySubscr);
            CompileSubpattern(sub, pc);
        }
        pc.OnTop--;
        Emit(Op.PopTop);
    }

    private void CompileMappingPattern(MatchMapping mm, PatternContext pc)
    {
        var keys = mm.Keys;
        int size = keys.Count;
        pc.OnTop++;
        Emit(Op.MatchMapping);
        JumpToFailPop(pc, Op.PopJumpIfFalse);
        if (size == 0 && mm.Rest is null)
        {
            pc.OnTop--;
            Emit(Op.PopTop);
            return;
        }
        if (size > 0)
        {
            Emit(Op.GetLen);
            EmitLoadConst(PyInt.From(size));
            Emit(Op.CompareOp, (int)CompareOp.Ge);
            JumpToFailPop(pc, Op.PopJumpIfFalse);
        }
        // Literal keys are checked for duplicates now; value keys (dotted names) at run time.
        var seen = new List<PyObject>();
        foreach (var key in keys)
        {
            if (IsPatternLiteral(key))
            {
                if (LiteralKeyValue(key) is { } k)
                {
                    foreach (var prev in seen)
                        if (prev.Type == k.Type || (prev is PyInt or PyFloat or PyBool && k is PyInt or PyFloat or PyBool))
                            if (Ops.Eq(prev, k)) throw PatternError($"mapping pattern checks duplicate key ({Ops.Repr(k)})", mm);
                    seen.Add(k);
                }
            }
            else if (key is not Attribute)
                throw PatternError("mapping pattern keys may only match literals and attribute lookups", mm);
            VisitExpr(key);
        }
        SetLine(mm);
        Emit(Op.BuildTuple, size);
        Emit(Op.MatchKeys);
        // A tuple of keys and a tuple of values (or None) are now on top of the subject.
        pc.OnTop += 2;
        Emit(Op.Copy, 1);
        EmitLoadConst(PyNone.Instance);
        Emit(Op.IsOp, 1);
        JumpToFailPop(pc, Op.PopJumpIfFalse);
        Emit(Op.UnpackSequence, size);
        pc.OnTop += size - 1;
        for (int i = 0; i < size; i++)
        {
            pc.OnTop--;
            CompileSubpattern(mm.Patterns[i], pc);
        }
        // What follows consumes the tuple of keys and the subject.
        pc.OnTop -= 2;
        if (mm.Rest is not null)
        {
            // rest = dict(subject); del rest[k] for each matched key
            Emit(Op.BuildMap, 0);            // subject, keys, {}
            Emit(Op.Swap, 3);                // {}, keys, subject
            Emit(Op.DictUpdate, 2);          // rest, keys
            Emit(Op.UnpackSequence, size);   // rest, k...
            for (int n = size; n > 0; n--)
            {
                Emit(Op.Copy, 1 + n);        // rest, k..., rest
                Emit(Op.Swap, 2);            // rest, k..., rest, k
                Emit(Op.DeleteSubscr);
            }
            StoreCapture(mm.Rest, mm, pc);
        }
        else
        {
            Emit(Op.PopTop);   // the keys
            Emit(Op.PopTop);   // the subject
        }
    }

    /// <summary>The value of a literal mapping key, or null for a complex literal (not supported).</summary>
    private static PyObject? LiteralKeyValue(Expr key) => key switch
    {
        Constant { Value: ImaginaryLiteral } => null,
        Constant c => ConstantValue(c.Value),
        UnaryOp { Operand: Constant { Value: long l } } => PyInt.From(-(BigInteger)l),
        UnaryOp { Operand: Constant { Value: BigInteger b } } => PyInt.From(-b),
        UnaryOp { Operand: Constant { Value: double d } } => new PyFloat(-d),
        _ => null,
    };

    private void CompileClassPattern(MatchClass mc, PatternContext pc)
    {
        int nargs = mc.Patterns.Count, nattrs = mc.KwdAttrs.Count;
        for (int i = 0; i < nattrs; i++)
        {
            string attr = mc.KwdAttrs[i];
            if (attr == "__debug__") throw PatternError("cannot assign to __debug__", mc.KwdPatterns[i]);
            for (int j = i + 1; j < nattrs; j++)
                if (mc.KwdAttrs[j] == attr) throw PatternError($"attribute name repeated in class pattern: {attr}", mc.KwdPatterns[j]);
        }
        SetLine(mc);
        VisitExpr(mc.Cls);
        var names = new PyObject[nattrs];
        for (int i = 0; i < nattrs; i++) names[i] = PyStr.From(mc.KwdAttrs[i]);
        EmitLoadConst(PyTuple.From(names));
        Emit(Op.MatchClass, nargs);
        Emit(Op.Copy, 1);
        EmitLoadConst(PyNone.Instance);
        Emit(Op.IsOp, 1);
        // On top: a tuple of the nargs + nattrs attributes (or None).
        pc.OnTop++;
        JumpToFailPop(pc, Op.PopJumpIfFalse);
        Emit(Op.UnpackSequence, nargs + nattrs);
        pc.OnTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++)
        {
            pc.OnTop--;
            var sub = i < nargs ? mc.Patterns[i] : mc.KwdPatterns[i - nargs];
            if (IsWildcard(sub))
            {
                Emit(Op.PopTop);
                continue;
            }
            CompileSubpattern(sub, pc);
        }
    }

    private void CompileOrPattern(MatchOr o, PatternContext pc)
    {
        var end = NewLabel();
        var outerStores = pc.Stores;
        var outerFailPop = pc.FailPop;
        int outerOnTop = pc.OnTop;
        bool outerAllow = pc.AllowIrrefutable;
        // The names bound by the first alternative: every other one must bind the same names,
        // and leaves its values on the stack in the same order.
        List<string>? control = null;
        for (int i = 0; i < o.Patterns.Count; i++)
        {
            var alt = o.Patterns[i];
            SetLine(alt);
            _patternLoc = alt;
            pc.Stores = [];
            // An irrefutable alternative must be the last, if it is allowed at all.
            pc.AllowIrrefutable = i == o.Patterns.Count - 1 && outerAllow;
            pc.FailPop = [];
            pc.OnTop = 0;
            Emit(Op.Copy, 1);
            CompilePattern(alt, pc);
            if (control is null) control = pc.Stores;
            else
            {
                if (pc.Stores.Count != control.Count) throw PatternError("alternative patterns bind different names", _patternLoc!);
                foreach (var name in pc.Stores)
                    if (!control.Contains(name)) throw PatternError("alternative patterns bind different names", _patternLoc!);
                ReorderCaptures(pc.Stores, control);
            }
            EmitJump(Op.Jump, end);
            EmitAndResetFailPop(pc);
        }
        pc.Stores = outerStores;
        pc.FailPop = outerFailPop;
        pc.OnTop = outerOnTop;
        pc.AllowIrrefutable = outerAllow;
        // No alternative matched: drop the subject and fail.
        SetLine(o);
        Emit(Op.PopTop);
        JumpToFailPop(pc, Op.Jump);
        Mark(end);
        // Stack: earlier captures, items kept on top, the subject, this pattern's captures.
        // Move the new captures beneath all of that, then drop the subject.
        int n = control!.Count;
        int nrots = n + 1 + pc.OnTop + pc.Stores.Count;
        for (int i = 0; i < n; i++)
        {
            Rotate(nrots);
            string name = control[i];
            if (pc.Stores.Contains(name)) throw PatternError($"multiple assignments to name '{name}' in pattern", _patternLoc!);
            pc.Stores.Add(name);
        }
        Emit(Op.PopTop);
    }

    /// <summary>Permutes the captures on top of the stack (stores[0] on top) into the control
    /// order, with SWAPs; `stores` is updated to match.</summary>
    private void ReorderCaptures(List<string> stores, List<string> control)
    {
        int n = stores.Count;
        // depth d (1 = top) holds stores[d - 1]; the goal is control[d - 1] there.
        for (int d = 1; d <= n; d++)
        {
            int at = stores.IndexOf(control[d - 1]) + 1;
            if (at == d) continue;
            // Swap depths d and at, with the top as the go-between when neither is the top.
            if (d == 1) Emit(Op.Swap, at);
            else
            {
                Emit(Op.Swap, at);
                Emit(Op.Swap, d);
                Emit(Op.Swap, at);
            }
            (stores[d - 1], stores[at - 1]) = (stores[at - 1], stores[d - 1]);
        }
    }
}
