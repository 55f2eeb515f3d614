using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Herthon.Runtime;

/// <summary>Opcodes and codes of CPython 3.11's sre (re/_constants.py).</summary>
internal static class SreOp
{
    public const int FAILURE = 0, SUCCESS = 1, ANY = 2, ANY_ALL = 3, ASSERT = 4, ASSERT_NOT = 5, AT = 6, BRANCH = 7,
        CATEGORY = 8, CHARSET = 9, BIGCHARSET = 10, GROUPREF = 11, GROUPREF_EXISTS = 12, IN = 13, INFO = 14, JUMP = 15,
        LITERAL = 16, MARK = 17, MAX_UNTIL = 18, MIN_UNTIL = 19, NOT_LITERAL = 20, NEGATE = 21, RANGE = 22, REPEAT = 23,
        REPEAT_ONE = 24, SUBPATTERN = 25, MIN_REPEAT_ONE = 26, ATOMIC_GROUP = 27, POSSESSIVE_REPEAT = 28,
        POSSESSIVE_REPEAT_ONE = 29, GROUPREF_IGNORE = 30, IN_IGNORE = 31, LITERAL_IGNORE = 32, NOT_LITERAL_IGNORE = 33,
        GROUPREF_LOC_IGNORE = 34, IN_LOC_IGNORE = 35, LITERAL_LOC_IGNORE = 36, NOT_LITERAL_LOC_IGNORE = 37,
        GROUPREF_UNI_IGNORE = 38, IN_UNI_IGNORE = 39, LITERAL_UNI_IGNORE = 40, NOT_LITERAL_UNI_IGNORE = 41,
        RANGE_UNI_IGNORE = 42;
    public const int AT_BEGINNING = 0, AT_BEGINNING_LINE = 1, AT_BEGINNING_STRING = 2, AT_BOUNDARY = 3, AT_NON_BOUNDARY = 4,
        AT_END = 5, AT_END_LINE = 6, AT_END_STRING = 7, AT_LOC_BOUNDARY = 8, AT_LOC_NON_BOUNDARY = 9,
        AT_UNI_BOUNDARY = 10, AT_UNI_NON_BOUNDARY = 11;
    public const int INFO_PREFIX = 1, INFO_LITERAL = 2, INFO_CHARSET = 4;
    public const uint MAXREPEAT = uint.MaxValue;
}

/// <summary>Character predicates and case mappings sre uses (CPython's Py_UNICODE_* semantics).</summary>
internal static class SreChars
{
    public static bool IsAsciiDigit(int c) => (uint)(c - '0') < 10;
    public static bool IsAsciiSpace(int c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';
    public static bool IsAsciiWord(int c) => c < 128 && (char.IsAsciiLetterOrDigit((char)c) || c == '_');
    public static bool IsUniLinebreak(int c) => c is '\n' or '\v' or '\f' or '\r' or 0x1c or 0x1d or 0x1e or 0x85 or 0x2028 or 0x2029;

    private static UnicodeCategory Cat(int c) =>
        c < 0x10000 ? CharUnicodeInfo.GetUnicodeCategory((char)c) : CharUnicodeInfo.GetUnicodeCategory(c);

    public static bool IsUniDecimal(int c) => c < 128 ? IsAsciiDigit(c) : Cat(c) == UnicodeCategory.DecimalDigitNumber;
    public static bool IsUniSpace(int c) => c < 128 ? IsAsciiSpace(c) || c is 0x1c or 0x1d or 0x1e or 0x1f
        : c == 0x85 || (c < 0x10000 && char.IsWhiteSpace((char)c) && c != 0x200b);
    public static bool IsUniWord(int c)
    {
        if (c < 128) return IsAsciiWord(c);
        return Cat(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }

    public static int LowerAscii(int c) => (uint)(c - 'A') < 26 ? c + 32 : c;
    public static int UpperAscii(int c) => (uint)(c - 'a') < 26 ? c - 32 : c;
    public static int LowerUnicode(int c)
    {
        if (c < 128) return LowerAscii(c);
        if (c < 0x10000) return char.IsSurrogate((char)c) ? c : char.ToLowerInvariant((char)c);
        return c <= 0x10FFFF ? Rune.ToLowerInvariant(new Rune(c)).Value : c;
    }
    public static int UpperUnicode(int c)
    {
        if (c < 128) return UpperAscii(c);
        if (c < 0x10000) return char.IsSurrogate((char)c) ? c : char.ToUpperInvariant((char)c);
        return c <= 0x10FFFF ? Rune.ToUpperInvariant(new Rune(c)).Value : c;
    }

    public static bool Category(uint code, int c) => code switch
    {
        0 => IsAsciiDigit(c), 1 => !IsAsciiDigit(c),
        2 => IsAsciiSpace(c), 3 => !IsAsciiSpace(c),
        4 => IsAsciiWord(c), 5 => !IsAsciiWord(c),
        6 => c == '\n', 7 => c != '\n',
        8 => IsAsciiWord(c), 9 => !IsAsciiWord(c), // locale word: the C locale
        10 => IsUniDecimal(c), 11 => !IsUniDecimal(c),
        12 => IsUniSpace(c), 13 => !IsUniSpace(c),
        14 => IsUniWord(c), 15 => !IsUniWord(c),
        16 => IsUniLinebreak(c), 17 => !IsUniLinebreak(c),
        _ => false,
    };
}

/// <summary>One repeat (REPEAT ... MAX_UNTIL/MIN_UNTIL) in progress.</summary>
internal sealed class SreRepeat
{
    public int Count, Pc, LastPtr;
    public SreRepeat? Prev;
}

/// <summary>A saved frame of the matcher (sre's match_context): the engine backtracks on this explicit stack,
/// never on the C# stack, so long subjects cannot overflow it.</summary>
internal sealed class SreContext
{
    public int Pc, Ptr, Count, LastMark, LastIndex, Jump;
    public bool TopLevel;
    public SreRepeat? Rep;
}

/// <summary>The matching state over one subject (sre's SRE_STATE) and the matcher itself, after
/// CPython's Modules/_sre/sre_lib.h: the same opcodes, the same backtracking order, the same marks.</summary>
internal sealed class SreState
{
    private readonly uint[] _code;
    // The subject: exactly one of these is set. Indices are code points.
    private readonly string? _str;
    private readonly byte[]? _bytes;
    private readonly int[]? _cps;
    public readonly int Length;

    public int Start, End, Pos, EndPos, Ptr;
    public bool MatchAll, MustAdvance;
    public int LastMark = -1, LastIndex = -1;
    public int[] Marks;
    private SreRepeat? _repeat;
    private SreContext[] _ctx = new SreContext[16];
    private int _depth;
    private int[] _data = new int[64];
    private int _dataTop;

    public SreState(uint[] code, int groups, string? str, byte[]? bytes, int[]? cps, int length, int pos, int endpos)
    {
        _code = code;
        _str = str; _bytes = bytes; _cps = cps;
        Length = length;
        Marks = new int[Math.Max(2, groups * 2)];
        if (pos < 0) pos = 0; else if (pos > length) pos = length;
        if (endpos < 0) endpos = 0; else if (endpos > length) endpos = length;
        Pos = Start = Ptr = pos;
        EndPos = End = endpos;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Ch(int i) => _str is not null ? _str[i] : _bytes is not null ? _bytes[i] : _cps![i];

    public void Reset()
    {
        LastMark = LastIndex = -1;
        _repeat = null;
        _dataTop = 0;
    }

    // ---- helpers: charset, at, count ----

    private bool InCharset(int pc, int ch)
    {
        var set = _code;
        bool ok = true;
        for (;;)
        {
            switch (set[pc++])
            {
                case SreOp.FAILURE: return !ok;
                case SreOp.LITERAL:
                    if (ch == set[pc]) return ok;
                    pc++; break;
                case SreOp.CATEGORY:
                    if (SreChars.Category(set[pc], ch)) return ok;
                    pc++; break;
                case SreOp.CHARSET:
                    if (ch < 256 && (set[pc + (ch >> 5)] & (1u << (ch & 31))) != 0) return ok;
                    pc += 8; break;
                case SreOp.RANGE:
                    if (set[pc] <= (uint)ch && (uint)ch <= set[pc + 1]) return ok;
                    pc += 2; break;
                case SreOp.RANGE_UNI_IGNORE:
                    {
                        if (set[pc] <= (uint)ch && (uint)ch <= set[pc + 1]) return ok;
                        uint uch = (uint)SreChars.UpperUnicode(ch);
                        if (set[pc] <= uch && uch <= set[pc + 1]) return ok;
                        pc += 2; break;
                    }
                case SreOp.NEGATE: ok = !ok; break;
                case SreOp.BIGCHARSET:
                    {
                        int count = (int)set[pc++];
                        int block = -1;
                        if (ch < 0x10000) block = (int)((set[pc + ((ch >> 8) >> 2)] >> (8 * ((ch >> 8) & 3))) & 0xff);
                        pc += 64;
                        if (block >= 0 && (set[pc + ((block * 256 + (ch & 255)) >> 5)] & (1u << (ch & 31))) != 0) return ok;
                        pc += count * 8;
                        break;
                    }
                default: throw Errors.RuntimeError("internal error in regular expression engine");
            }
        }
    }

    private bool InCharsetLocIgnore(int pc, int ch)
    {
        if (InCharset(pc, ch)) return true;
        int lo = SreChars.LowerAscii(ch), up = SreChars.UpperAscii(ch);
        return (lo != ch && InCharset(pc, lo)) || (up != ch && InCharset(pc, up));
    }

    private bool IsWordAt(int i, bool uni) => uni ? SreChars.IsUniWord(Ch(i)) : SreChars.IsAsciiWord(Ch(i));

    private bool At(int ptr, uint at)
    {
        switch (at)
        {
            case SreOp.AT_BEGINNING:
            case SreOp.AT_BEGINNING_STRING: return ptr == 0;
            case SreOp.AT_BEGINNING_LINE: return ptr == 0 || Ch(ptr - 1) == '\n';
            case SreOp.AT_END: return (ptr + 1 == End && Ch(ptr) == '\n') || ptr == End;
            case SreOp.AT_END_LINE: return ptr == End || Ch(ptr) == '\n';
            case SreOp.AT_END_STRING: return ptr == End;
            case SreOp.AT_BOUNDARY:
            case SreOp.AT_NON_BOUNDARY:
            case SreOp.AT_LOC_BOUNDARY:
            case SreOp.AT_LOC_NON_BOUNDARY:
            case SreOp.AT_UNI_BOUNDARY:
            case SreOp.AT_UNI_NON_BOUNDARY:
                {
                    if (End == 0) return false;
                    bool uni = at >= SreOp.AT_UNI_BOUNDARY;
                    bool that = ptr > 0 && IsWordAt(ptr - 1, uni);
                    bool @this = ptr < End && IsWordAt(ptr, uni);
                    bool boundary = at is SreOp.AT_BOUNDARY or SreOp.AT_LOC_BOUNDARY or SreOp.AT_UNI_BOUNDARY;
                    return boundary ? @this != that : @this == that;
                }
        }
        return false;
    }

    /// <summary>How many times the single-character item at pc matches from Ptr, at most maxcount.</summary>
    private int CountRepeats(int pc, uint maxcount)
    {
        int ptr = Ptr, end = End;
        if (maxcount != SreOp.MAXREPEAT && maxcount < (long)(end - ptr)) end = ptr + (int)maxcount;
        var code = _code;
        switch (code[pc])
        {
            case SreOp.IN:
                while (ptr < end && InCharset(pc + 2, Ch(ptr))) ptr++;
                break;
            case SreOp.ANY:
                while (ptr < end && Ch(ptr) != '\n') ptr++;
                break;
            case SreOp.ANY_ALL:
                ptr = end;
                break;
            case SreOp.LITERAL:
                { uint c = code[pc + 1]; while (ptr < end && (uint)Ch(ptr) == c) ptr++; }
                break;
            case SreOp.LITERAL_IGNORE:
                { uint c = code[pc + 1]; while (ptr < end && (uint)SreChars.LowerAscii(Ch(ptr)) == c) ptr++; }
                break;
            case SreOp.LITERAL_UNI_IGNORE:
                { uint c = code[pc + 1]; while (ptr < end && (uint)SreChars.LowerUnicode(Ch(ptr)) == c) ptr++; }
                break;
            case SreOp.LITERAL_LOC_IGNORE:
                { uint c = code[pc + 1]; while (ptr < end && LocIgnoreEq(Ch(ptr), c)) ptr++; }
                break;
            case SreOp.NOT_LITERAL:
                { uint c = code[pc + 1]; while (ptr < end && (uint)Ch(ptr) != c) ptr++; }
                break;
            case SreOp.NOT_LITERAL_IGNORE:
                { uint c = code[pc + 1]; while (ptr < end && (uint)SreChars.LowerAscii(Ch(ptr)) != c) ptr++; }
                break;
            case SreOp.NOT_LITERAL_UNI_IGNORE:
                { uint c = code[pc + 1]; while (ptr < end && (uint)SreChars.LowerUnicode(Ch(ptr)) != c) ptr++; }
                break;
            case SreOp.NOT_LITERAL_LOC_IGNORE:
                { uint c = code[pc + 1]; while (ptr < end && !LocIgnoreEq(Ch(ptr), c)) ptr++; }
                break;
            default:
                {
                    // A general single-width item: run the matcher on it once per character.
                    while (Ptr < end)
                        if (!Match(pc, false)) break;
                    return Ptr - ptr;
                }
        }
        return ptr - Ptr;
    }

    private static bool LocIgnoreEq(int ch, uint pattern) =>
        (uint)ch == pattern || (uint)SreChars.LowerAscii(ch) == pattern || (uint)SreChars.UpperAscii(ch) == pattern;

    // ---- mark and data stacks ----

    private void DataPush(int v)
    {
        if (_dataTop == _data.Length) Array.Resize(ref _data, _data.Length * 2);
        _data[_dataTop++] = v;
    }

    private void MarkPush(int lastmark)
    {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        if (_dataTop + n > _data.Length) Array.Resize(ref _data, Math.Max(_data.Length * 2, _dataTop + n));
        Array.Copy(Marks, 0, _data, _dataTop, n);
        _dataTop += n;
    }

    private void MarkPop(int lastmark, bool discard)
    {
        if (lastmark < 0) return;
        int n = lastmark + 1;
        Array.Copy(_data, _dataTop - n, Marks, 0, n);
        if (discard) _dataTop -= n;
    }

    private void MarkPopDiscard(int lastmark)
    {
        if (lastmark >= 0) _dataTop -= lastmark + 1;
    }

    private void SetMark(int i, int ptr)
    {
        if (i >= Marks.Length) Array.Resize(ref Marks, Math.Max(Marks.Length * 2, i + 2));
        Marks[i] = ptr;
    }

    private SreContext PushContext(int jump, bool toplevel)
    {
        if (_depth == _ctx.Length) Array.Resize(ref _ctx, _depth * 2);
        var c = _ctx[_depth] ??= new SreContext();
        _depth++;
        c.Jump = jump;
        c.TopLevel = toplevel;
        c.Rep = null;
        return c;
    }

    private const int J_NONE = 0, J_MAX_UNTIL_1 = 1, J_MAX_UNTIL_2 = 2, J_MAX_UNTIL_3 = 3, J_MIN_UNTIL_1 = 4,
        J_MIN_UNTIL_2 = 5, J_MIN_UNTIL_3 = 6, J_REPEAT = 7, J_REPEAT_ONE_1 = 8, J_REPEAT_ONE_2 = 9,
        J_MIN_REPEAT_ONE = 10, J_BRANCH = 11, J_ASSERT = 12, J_ASSERT_NOT = 13, J_POSS_REPEAT_1 = 14,
        J_POSS_REPEAT_2 = 15, J_ATOMIC_GROUP = 16;

    private bool GroupSpan(uint group, out int p, out int e)
    {
        int g = (int)group * 2;
        p = e = -1;
        if (g >= LastMark) return false;
        p = Marks[g]; e = Marks[g + 1];
        return p >= 0 && e >= 0 && e >= p;
    }

    /// <summary>sre's SRE(match): does the code at pc match at Ptr? On success Ptr is the match's end.</summary>
    public bool Match(int startPc, bool toplevel)
    {
        var code = _code;
        int baseDepth = _depth;
        var ctx = PushContext(J_NONE, toplevel);
        int pc = startPc, ptr, jump, end;
        bool ret = false;
        uint nextJumpPc;
        int nextJump;
        bool nextTop;

    Entrance:
        ptr = Ptr;
        end = End;
        if (code[pc] == SreOp.INFO)
        {
            if (code[pc + 3] != 0 && (long)(end - ptr) < code[pc + 3]) goto Fail;
            pc += (int)code[pc + 1] + 1;
        }

    Dispatch:
        end = End;
        switch (code[pc++])
        {
            case SreOp.MARK:
                {
                    int i = (int)code[pc];
                    if ((i & 1) != 0) LastIndex = i / 2 + 1;
                    if (i > LastMark)
                    {
                        for (int j = LastMark + 1; j < i; j++) SetMark(j, -1);
                        LastMark = i;
                    }
                    SetMark(i, ptr);
                    pc++;
                    goto Dispatch;
                }
            case SreOp.LITERAL:
                if (ptr >= end || (uint)Ch(ptr) != code[pc]) goto Fail;
                pc++; ptr++; goto Dispatch;
            case SreOp.NOT_LITERAL:
                if (ptr >= end || (uint)Ch(ptr) == code[pc]) goto Fail;
                pc++; ptr++; goto Dispatch;
            case SreOp.SUCCESS:
                if (ctx.TopLevel && ((MatchAll && ptr != End) || (MustAdvance && ptr == Start))) goto Fail;
                Ptr = ptr;
                goto Succeed;
            case SreOp.AT:
                if (!At(ptr, code[pc])) goto Fail;
                pc++; goto Dispatch;
            case SreOp.CATEGORY:
                if (ptr >= end || !SreChars.Category(code[pc], Ch(ptr))) goto Fail;
                pc++; ptr++; goto Dispatch;
            case SreOp.ANY:
                if (ptr >= end || Ch(ptr) == '\n') goto Fail;
                ptr++; goto Dispatch;
            case SreOp.ANY_ALL:
                if (ptr >= end) goto Fail;
                ptr++; goto Dispatch;
            case SreOp.IN:
                if (ptr >= end || !InCharset(pc + 1, Ch(ptr))) goto Fail;
                pc += (int)code[pc]; ptr++; goto Dispatch;
            case SreOp.LITERAL_IGNORE:
                if (ptr >= end || (uint)SreChars.LowerAscii(Ch(ptr)) != code[pc]) goto Fail;
                pc++; ptr++; goto Dispatch;
            case SreOp.LITERAL_UNI_IGNORE:
                if (ptr >= end || (uint)SreChars.LowerUnicode(Ch(ptr)) != code[pc]) goto Fail;
                pc++; ptr++; goto Dispatch;
            case SreOp.LITERAL_LOC_IGNORE:
                if (ptr >= end || !LocIgnoreEq(Ch(ptr), code[pc])) goto Fail;
                pc++; ptr++; goto Dispatch;
            case SreOp.NOT_LITERAL_IGNORE:
                if (ptr >= end || (uint)SreChars.LowerAscii(Ch(ptr)) == code[pc]) goto Fail;
                pc++; ptr++; goto Dispatch;
            case SreOp.NOT_LITERAL_UNI_IGNORE:
                if (ptr >= end || (uint)SreChars.LowerUnicode(Ch(ptr)) == code[pc]) goto Fail;
                pc++; ptr++; goto Dispatch;
            case SreOp.NOT_LITERAL_LOC_IGNORE:
                if (ptr >= end || LocIgnoreEq(Ch(ptr), code[pc])) goto Fail;
                pc++; ptr++; goto Dispatch;
            case SreOp.IN_IGNORE:
                if (ptr >= end || !InCharset(pc + 1, SreChars.LowerAscii(Ch(ptr)))) goto Fail;
                pc += (int)code[pc]; ptr++; goto Dispatch;
            case SreOp.IN_UNI_IGNORE:
                if (ptr >= end || !InCharset(pc + 1, SreChars.LowerUnicode(Ch(ptr)))) goto Fail;
                pc += (int)code[pc]; ptr++; goto Dispatch;
            case SreOp.IN_LOC_IGNORE:
                if (ptr >= end || !InCharsetLocIgnore(pc + 1, Ch(ptr))) goto Fail;
                pc += (int)code[pc]; ptr++; goto Dispatch;
            case SreOp.JUMP:
            case SreOp.INFO:
                pc += (int)code[pc]; goto Dispatch;
            case SreOp.BRANCH: goto OpBranch;
            case SreOp.REPEAT_ONE: goto OpRepeatOne;
            case SreOp.MIN_REPEAT_ONE: goto OpMinRepeatOne;
            case SreOp.POSSESSIVE_REPEAT_ONE:
                {
                    if (code[pc + 1] > (long)(end - ptr)) goto Fail;
                    Ptr = ptr;
                    int n = CountRepeats(pc + 3, code[pc + 2]);
                    if ((uint)n < code[pc + 1]) goto Fail;
                    ptr += n;
                    pc += (int)code[pc];
                    goto Dispatch;
                }
            case SreOp.REPEAT:
                {
                    var rep = new SreRepeat { Count = -1, Pc = pc, Prev = _repeat, LastPtr = -1 };
                    _repeat = rep;
                    ctx.Rep = rep;
                    Ptr = ptr;
                    nextJump = J_REPEAT; nextJumpPc = (uint)(pc + (int)code[pc]); nextTop = ctx.TopLevel;
                    goto DoJump;
                }
            case SreOp.MAX_UNTIL: goto OpMaxUntil;
            case SreOp.MIN_UNTIL: goto OpMinUntil;
            case SreOp.POSSESSIVE_REPEAT:
                Ptr = ptr;
                ctx.Count = 0;
                goto PossRepeatMin;
            case SreOp.ATOMIC_GROUP:
                Ptr = ptr;
                nextJump = J_ATOMIC_GROUP; nextJumpPc = (uint)(pc + 1); nextTop = false;
                goto DoJump;
            case SreOp.GROUPREF:
            case SreOp.GROUPREF_IGNORE:
            case SreOp.GROUPREF_UNI_IGNORE:
            case SreOp.GROUPREF_LOC_IGNORE:
                {
                    uint op = code[pc - 1];
                    if (!GroupSpan(code[pc], out int p, out int e)) goto Fail;
                    while (p < e)
                    {
                        if (ptr >= end) goto Fail;
                        int a = Ch(ptr), b = Ch(p);
                        if (op == SreOp.GROUPREF_IGNORE || op == SreOp.GROUPREF_LOC_IGNORE) { a = SreChars.LowerAscii(a); b = SreChars.LowerAscii(b); }
                        else if (op == SreOp.GROUPREF_UNI_IGNORE) { a = SreChars.LowerUnicode(a); b = SreChars.LowerUnicode(b); }
                        if (a != b) goto Fail;
                        p++; ptr++;
                    }
                    pc++;
                    goto Dispatch;
                }
            case SreOp.GROUPREF_EXISTS:
                if (!GroupSpan(code[pc], out _, out _)) { pc += (int)code[pc + 1]; goto Dispatch; }
                pc += 2;
                goto Dispatch;
            case SreOp.ASSERT:
                if ((uint)ptr < code[pc + 1]) goto Fail;
                Ptr = ptr - (int)code[pc + 1];
                nextJump = J_ASSERT; nextJumpPc = (uint)(pc + 2); nextTop = false;
                goto DoJump;
            case SreOp.ASSERT_NOT:
                if ((uint)ptr >= code[pc + 1])
                {
                    Ptr = ptr - (int)code[pc + 1];
                    ctx.LastMark = LastMark; ctx.LastIndex = LastIndex;
                    if (_repeat is not null) MarkPush(ctx.LastMark);
                    nextJump = J_ASSERT_NOT; nextJumpPc = (uint)(pc + 2); nextTop = false;
                    goto DoJump;
                }
                pc += (int)code[pc];
                goto Dispatch;
            case SreOp.FAILURE:
                goto Fail;
            default:
                throw Errors.RuntimeError("internal error in regular expression engine");
        }

    // ---- BRANCH: <BRANCH> <0=skip> code <JUMP> ... <NULL> ----
    OpBranch:
        ctx.LastMark = LastMark; ctx.LastIndex = LastIndex;
        if (_repeat is not null) MarkPush(ctx.LastMark);
    BranchLoop:
        if (code[pc] == 0)
        {
            if (_repeat is not null) MarkPopDiscard(ctx.LastMark);
            goto Fail;
        }
        if (code[pc + 1] == SreOp.LITERAL && (ptr >= End || (uint)Ch(ptr) != code[pc + 2])) { pc += (int)code[pc]; goto BranchLoop; }
        if (code[pc + 1] == SreOp.IN && (ptr >= End || !InCharset(pc + 3, Ch(ptr)))) { pc += (int)code[pc]; goto BranchLoop; }
        Ptr = ptr;
        nextJump = J_BRANCH; nextJumpPc = (uint)(pc + 1); nextTop = ctx.TopLevel;
        goto DoJump;
    JumpBranch:
        if (ret)
        {
            if (_repeat is not null) MarkPopDiscard(ctx.LastMark);
            goto Succeed;
        }
        if (_repeat is not null) MarkPop(ctx.LastMark, false);
        LastMark = ctx.LastMark; LastIndex = ctx.LastIndex;
        pc += (int)code[pc];
        goto BranchLoop;

    // ---- REPEAT_ONE: <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail ----
    OpRepeatOne:
        {
            if (code[pc + 1] > (long)(end - ptr)) goto Fail;
            Ptr = ptr;
            int n = CountRepeats(pc + 3, code[pc + 2]);
            ctx.Count = n;
            ptr += n;
            if ((uint)n < code[pc + 1]) goto Fail;
            int tail = pc + (int)code[pc];
            if (code[tail] == SreOp.SUCCESS && ptr == End && !(ctx.TopLevel && MustAdvance && ptr == Start))
            {
                Ptr = ptr;
                goto Succeed;
            }
            ctx.LastMark = LastMark; ctx.LastIndex = LastIndex;
            if (_repeat is not null) MarkPush(ctx.LastMark);
        }
    RepeatOneLoop:
        {
            int tail = pc + (int)code[pc];
            if (code[tail] == SreOp.LITERAL)
            {
                uint chr = code[tail + 1];
                while ((uint)ctx.Count >= code[pc + 1] && ctx.Count >= 0 && (ptr >= End || (uint)Ch(ptr) != chr)) { ptr--; ctx.Count--; }
            }
            if (ctx.Count < 0 || (uint)ctx.Count < code[pc + 1])
            {
                if (_repeat is not null) MarkPopDiscard(ctx.LastMark);
                goto Fail;
            }
            Ptr = ptr;
            nextJump = J_REPEAT_ONE_1; nextJumpPc = (uint)tail; nextTop = ctx.TopLevel;
            goto DoJump;
        }
    JumpRepeatOne:
        if (ret)
        {
            if (_repeat is not null) MarkPopDiscard(ctx.LastMark);
            goto Succeed;
        }
        if (_repeat is not null) MarkPop(ctx.LastMark, false);
        LastMark = ctx.LastMark; LastIndex = ctx.LastIndex;
        ptr--; ctx.Count--;
        goto RepeatOneLoop;

    // ---- MIN_REPEAT_ONE: <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail ----
    OpMinRepeatOne:
        {
            if (code[pc + 1] > (long)(end - ptr)) goto Fail;
            Ptr = ptr;
            if (code[pc + 1] == 0) ctx.Count = 0;
            else
            {
                int n = CountRepeats(pc + 3, code[pc + 1]);
                if ((uint)n < code[pc + 1]) goto Fail;
                ctx.Count = n;
                ptr += n;
            }
            int tail = pc + (int)code[pc];
            if (code[tail] == SreOp.SUCCESS && !(ctx.TopLevel && ((MatchAll && ptr != End) || (MustAdvance && ptr == Start))))
            {
                Ptr = ptr;
                goto Succeed;
            }
            ctx.LastMark = LastMark; ctx.LastIndex = LastIndex;
            if (_repeat is not null) MarkPush(ctx.LastMark);
        }
    MinRepeatOneLoop:
        if (code[pc + 2] == SreOp.MAXREPEAT || (uint)ctx.Count <= code[pc + 2])
        {
            Ptr = ptr;
            nextJump = J_MIN_REPEAT_ONE; nextJumpPc = (uint)(pc + (int)code[pc]); nextTop = ctx.TopLevel;
            goto DoJump;
        }
        if (_repeat is not null) MarkPopDiscard(ctx.LastMark);
        goto Fail;
    JumpMinRepeatOne:
        if (ret)
        {
            if (_repeat is not null) MarkPopDiscard(ctx.LastMark);
            goto Succeed;
        }
        if (_repeat is not null) MarkPop(ctx.LastMark, false);
        LastMark = ctx.LastMark; LastIndex = ctx.LastIndex;
        Ptr = ptr;
        if (CountRepeats(pc + 3, 1) == 0)
        {
            if (_repeat is not null) MarkPopDiscard(ctx.LastMark);
            goto Fail;
        }
        ptr++; ctx.Count++;
        goto MinRepeatOneLoop;

    // ---- MAX_UNTIL: <REPEAT> <skip> <1=min> <2=max> item <MAX_UNTIL> tail ----
    OpMaxUntil:
        {
            var rep = _repeat ?? throw Errors.RuntimeError("internal error in regular expression engine");
            ctx.Rep = rep;
            Ptr = ptr;
            ctx.Count = rep.Count + 1;
            if ((uint)ctx.Count < code[rep.Pc + 1] && ctx.Count >= 0)
            {
                rep.Count = ctx.Count;
                nextJump = J_MAX_UNTIL_1; nextJumpPc = (uint)(rep.Pc + 3); nextTop = ctx.TopLevel;
                goto DoJump;
            }
            if (((uint)ctx.Count < code[rep.Pc + 2] || code[rep.Pc + 2] == SreOp.MAXREPEAT) && Ptr != rep.LastPtr)
            {
                rep.Count = ctx.Count;
                ctx.LastMark = LastMark; ctx.LastIndex = LastIndex;
                MarkPush(ctx.LastMark);
                DataPush(rep.LastPtr);
                rep.LastPtr = Ptr;
                nextJump = J_MAX_UNTIL_2; nextJumpPc = (uint)(rep.Pc + 3); nextTop = ctx.TopLevel;
                goto DoJump;
            }
            goto MaxUntilTail;
        }
    JumpMaxUntil1:
        if (ret) goto Succeed;
        ctx.Rep!.Count = ctx.Count - 1;
        Ptr = ptr;
        goto Fail;
    JumpMaxUntil2:
        ctx.Rep!.LastPtr = _data[--_dataTop];
        if (ret)
        {
            MarkPopDiscard(ctx.LastMark);
            goto Succeed;
        }
        MarkPop(ctx.LastMark, true);
        LastMark = ctx.LastMark; LastIndex = ctx.LastIndex;
        ctx.Rep.Count = ctx.Count - 1;
        Ptr = ptr;
    MaxUntilTail:
        _repeat = ctx.Rep!.Prev;
        nextJump = J_MAX_UNTIL_3; nextJumpPc = (uint)pc; nextTop = ctx.TopLevel;
        goto DoJump;
    JumpMaxUntil3:
        _repeat = ctx.Rep;
        if (ret) goto Succeed;
        Ptr = ptr;
        goto Fail;

    // ---- MIN_UNTIL ----
    OpMinUntil:
        {
            var rep = _repeat ?? throw Errors.RuntimeError("internal error in regular expression engine");
            ctx.Rep = rep;
            Ptr = ptr;
            ctx.Count = rep.Count + 1;
            if ((uint)ctx.Count < code[rep.Pc + 1] && ctx.Count >= 0)
            {
                rep.Count = ctx.Count;
                nextJump = J_MIN_UNTIL_1; nextJumpPc = (uint)(rep.Pc + 3); nextTop = ctx.TopLevel;
                goto DoJump;
            }
            _repeat = rep.Prev;
            ctx.LastMark = LastMark; ctx.LastIndex = LastIndex;
            if (_repeat is not null) MarkPush(ctx.LastMark);
            nextJump = J_MIN_UNTIL_2; nextJumpPc = (uint)pc; nextTop = ctx.TopLevel;
            goto DoJump;
        }
    JumpMinUntil1:
        if (ret) goto Succeed;
        ctx.Rep!.Count = ctx.Count - 1;
        Ptr = ptr;
        goto Fail;
    JumpMinUntil2:
        {
            var repeatOfTail = _repeat;
            var rep = ctx.Rep!;
            _repeat = rep;
            if (ret)
            {
                if (repeatOfTail is not null) MarkPopDiscard(ctx.LastMark);
                goto Succeed;
            }
            if (repeatOfTail is not null) MarkPop(ctx.LastMark, true);
            LastMark = ctx.LastMark; LastIndex = ctx.LastIndex;
            Ptr = ptr;
            if (((uint)ctx.Count >= code[rep.Pc + 2] && code[rep.Pc + 2] != SreOp.MAXREPEAT) || Ptr == rep.LastPtr) goto Fail;
            rep.Count = ctx.Count;
            DataPush(rep.LastPtr);
            rep.LastPtr = Ptr;
            nextJump = J_MIN_UNTIL_3; nextJumpPc = (uint)(rep.Pc + 3); nextTop = ctx.TopLevel;
            goto DoJump;
        }
    JumpMinUntil3:
        ctx.Rep!.LastPtr = _data[--_dataTop];
        if (ret) goto Succeed;
        ctx.Rep.Count = ctx.Count - 1;
        Ptr = ptr;
        goto Fail;

    // ---- POSSESSIVE_REPEAT: <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail ----
    PossRepeatMin:
        if ((uint)ctx.Count < code[pc + 1])
        {
            nextJump = J_POSS_REPEAT_1; nextJumpPc = (uint)(pc + 3); nextTop = false;
            goto DoJump;
        }
        ptr = -1;
        goto PossRepeatMore;
    JumpPossRepeat1:
        if (ret) { ctx.Count++; goto PossRepeatMin; }
        Ptr = ptr;
        goto Fail;
    PossRepeatMore:
        if (((uint)ctx.Count < code[pc + 2] || code[pc + 2] == SreOp.MAXREPEAT) && Ptr != ptr)
        {
            ctx.LastMark = LastMark; ctx.LastIndex = LastIndex;
            MarkPush(ctx.LastMark);
            ptr = Ptr;
            nextJump = J_POSS_REPEAT_2; nextJumpPc = (uint)(pc + 3); nextTop = false;
            goto DoJump;
        }
        goto PossRepeatTail;
    JumpPossRepeat2:
        if (ret)
        {
            MarkPopDiscard(ctx.LastMark);
            ctx.Count++;
            goto PossRepeatMore;
        }
        MarkPop(ctx.LastMark, true);
        LastMark = ctx.LastMark; LastIndex = ctx.LastIndex;
        Ptr = ptr;
    PossRepeatTail:
        pc += (int)code[pc] + 1;
        ptr = Ptr;
        goto Dispatch;

    JumpAtomicGroup:
        if (!ret) { Ptr = ptr; goto Fail; }
        pc += (int)code[pc];
        ptr = Ptr;
        goto Dispatch;

    JumpAssert:
        if (!ret) goto Fail;
        pc += (int)code[pc];
        goto Dispatch;

    JumpAssertNot:
        if (ret)
        {
            if (_repeat is not null) MarkPopDiscard(ctx.LastMark);
            goto Fail;
        }
        if (_repeat is not null) MarkPop(ctx.LastMark, true);
        LastMark = ctx.LastMark; LastIndex = ctx.LastIndex;
        pc += (int)code[pc];
        goto Dispatch;

    // ---- calls and returns on the explicit stack ----
    DoJump:
        ctx.Pc = pc;
        ctx.Ptr = ptr;
        ctx = PushContext(nextJump, nextTop);
        pc = (int)nextJumpPc;
        goto Entrance;

    Fail:
        ret = false;
        goto Exit;
    Succeed:
        ret = true;
    Exit:
        jump = ctx.Jump;
        ctx.Rep = null;
        _depth--;
        if (_depth == baseDepth) return ret;
        ctx = _ctx[_depth - 1];
        pc = ctx.Pc;
        ptr = ctx.Ptr;
        switch (jump)
        {
            case J_BRANCH: goto JumpBranch;
            case J_REPEAT_ONE_1:
            case J_REPEAT_ONE_2: goto JumpRepeatOne;
            case J_MIN_REPEAT_ONE: goto JumpMinRepeatOne;
            case J_REPEAT:
                _repeat = ctx.Rep!.Prev;
                if (ret) goto Succeed;
                goto Fail;
            case J_MAX_UNTIL_1: goto JumpMaxUntil1;
            case J_MAX_UNTIL_2: goto JumpMaxUntil2;
            case J_MAX_UNTIL_3: goto JumpMaxUntil3;
            case J_MIN_UNTIL_1: goto JumpMinUntil1;
            case J_MIN_UNTIL_2: goto JumpMinUntil2;
            case J_MIN_UNTIL_3: goto JumpMinUntil3;
            case J_POSS_REPEAT_1: goto JumpPossRepeat1;
            case J_POSS_REPEAT_2: goto JumpPossRepeat2;
            case J_ATOMIC_GROUP: goto JumpAtomicGroup;
            case J_ASSERT: goto JumpAssert;
            case J_ASSERT_NOT: goto JumpAssertNot;
        }
        return ret;
    }

    /// <summary>sre's SRE(search): the leftmost position from Start where the pattern matches.
    /// On success Start/Ptr delimit the match.</summary>
    public bool Search()
    {
        var code = _code;
        int ptr = Start, end = End;
        if (ptr > end) return false;
        int pc = 0;
        uint flags = 0;
        int prefixLen = 0, prefixPc = 0, charsetPc = -1;
        if (code[0] == SreOp.INFO)
        {
            flags = code[2];
            if (code[3] != 0 && (long)(end - ptr) < code[3]) return false;
            if (code[3] > 1)
            {
                end -= (int)code[3] - 1;
                if (end <= ptr) end = ptr;
            }
            if ((flags & SreOp.INFO_PREFIX) != 0) { prefixLen = (int)code[5]; prefixPc = 7; }
            else if ((flags & SreOp.INFO_CHARSET) != 0) charsetPc = 5;
            pc = 1 + (int)code[1];
        }
        if (prefixLen > 0 || charsetPc >= 0)
        {
            // The pattern starts with a known literal prefix or character set: only try where it fits.
            // Such patterns never match empty, so must_advance cannot matter here.
            int last = prefixLen > 0 ? End - prefixLen : End - 1;
            MustAdvance = false;
            for (; ptr <= last; ptr++)
            {
                if (prefixLen > 0)
                {
                    int i = 0;
                    while (i < prefixLen && (uint)Ch(ptr + i) == code[prefixPc + i]) i++;
                    if (i < prefixLen) continue;
                }
                else if (!InCharset(charsetPc, Ch(ptr))) continue;
                Start = Ptr = ptr;
                if (Match(pc, false)) return true;
                Reset();
            }
            return false;
        }
        Start = Ptr = ptr;
        bool status = Match(pc, true);
        MustAdvance = false;
        if (!status && code[pc] == SreOp.AT && (code[pc + 1] == SreOp.AT_BEGINNING || code[pc + 1] == SreOp.AT_BEGINNING_STRING))
        {
            Start = Ptr = End;
            return false;
        }
        while (!status && ptr < end)
        {
            ptr++;
            Reset();
            Start = Ptr = ptr;
            status = Match(pc, false);
        }
        return status;
    }
}
