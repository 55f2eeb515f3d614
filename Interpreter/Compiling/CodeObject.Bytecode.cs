using Herthon.Runtime;

namespace Herthon.Compiling;

public sealed partial class CodeObject
{
    private Bytecode? _bytecode;

    /// <summary>The CPython-format view of the instructions (co_code, offsets, exception table), made on first use.</summary>
    internal Bytecode CPython => _bytecode ??= Bytecode.Build(this);

    /// <summary>f_lasti / tb_lasti of instruction ip: the byte offset of its opcode in co_code
    /// (after its EXTENDED_ARG prefixes), as CPython's.</summary>
    public int LastiOf(int ip) => ip < 0 ? 2 * ip : ip >= Code.Length ? 2 * CPython.Start[^1] : 2 * (CPython.Start[ip + 1] - 1);

    /// <summary>The instruction at or containing co_code byte offset <paramref name="offset"/> (tb_lasti given to TracebackType()).</summary>
    public int InstructionAtOffset(int offset)
    {
        if (offset < 0) return offset / 2;
        int i = Array.BinarySearch(CPython.Start, offset / 2);
        if (i < 0) i = ~i - 1;
        return Math.Min(i, Code.Length);
    }
}

/// <summary>
/// Herthon's instructions in CPython 3.11's co_code format: 2-byte units (opcode, argument) with
/// EXTENDED_ARG prefixes for arguments above 255, relative jumps in units, and the exception table in
/// CPython's varint encoding. dis.py decodes it with Herthon's `opcode` tables (Opcodes).
/// </summary>
internal sealed class Bytecode
{
    /// <summary>co_code.</summary>
    public required byte[] Code;
    /// <summary>Per instruction (plus one past the end): the unit where it starts, prefixes included.</summary>
    public required int[] Start;
    /// <summary>The argument each instruction carries in co_code (jumps resolved).</summary>
    public required int[] Args;
    public required byte[] ExceptionTable;

    public int Units(int ip) => Start[ip + 1] - Start[ip];

    public static Bytecode Build(CodeObject code)
    {
        var words = code.Code;
        int n = words.Length;
        var args = new int[n];
        var size = new int[n];
        for (int i = 0; i < n; i++)
        {
            var e = Opcodes.Of((Op)(words[i] & 0xFF));
            args[i] = e.Kind == OpArgKind.Jump ? 0 : Opcodes.EncodeArg(code, e, words[i] >> 8);
            size[i] = UnitsFor(args[i]);
        }
        // Jump arguments depend on the prefixes between a jump and its target, which depend on the
        // arguments: grow until nothing changes (sizes only grow, so this ends), as CPython's assembler.
        var start = new int[n + 1];
        bool changed = true;
        while (changed)
        {
            changed = false;
            for (int i = 0; i < n; i++) start[i + 1] = start[i] + size[i];
            for (int i = 0; i < n; i++)
            {
                if (Opcodes.Of((Op)(words[i] & 0xFF)).Kind != OpArgKind.Jump) continue;
                int rel = Relative(start, i, words[i] >> 8, out _);
                args[i] = rel;
                int need = UnitsFor(rel);
                if (need > size[i]) { size[i] = need; changed = true; }
            }
        }
        var bytes = new byte[2 * start[n]];
        for (int i = 0; i < n; i++)
        {
            var op = (Op)(words[i] & 0xFF);
            var e = Opcodes.Of(op);
            int number = e.Number;
            if (e.Kind == OpArgKind.Jump)
            {
                Relative(start, i, words[i] >> 8, out bool back);
                if (back)
                {
                    if (e.BackName is null)
                        throw Errors.Make(TypeObjects.SystemError, $"{e.Name} jumps backward in {code.QualName}, which co_code cannot express");
                    number = e.BackNumber;
                }
            }
            int at = 2 * start[i];
            for (int k = size[i] - 1; k >= 1; k--)
            {
                bytes[at++] = Opcodes.ExtendedArg;
                bytes[at++] = (byte)(args[i] >> (8 * k));
            }
            bytes[at++] = (byte)number;
            bytes[at] = (byte)args[i];
        }
        return new Bytecode { Code = bytes, Start = start, Args = args, ExceptionTable = EncodeExceptionTable(code.ExceptionTable, start) };
    }

    /// <summary>The relative argument of jump i to instruction target: units after the jump's own
    /// unit (forward), or back from the unit after it (backward), as CPython 3.11's jumps count.</summary>
    private static int Relative(int[] start, int i, int target, out bool back)
    {
        int after = start[i + 1];
        int to = start[Math.Clamp(target, 0, start.Length - 1)];
        back = to < after;
        return back ? after - to : to - after;
    }

    private static int UnitsFor(int arg) => arg switch { <= 0xFF => 1, <= 0xFFFF => 2, <= 0xFFFFFF => 3, _ => 4 };

    /// <summary>co_exceptiontable: per entry start, length, target (units) and depth &lt;&lt; 1 | lasti, each a
    /// big-endian varint of 6-bit groups (bit 6 = more follows), bit 7 marking an entry's first byte.</summary>
    private static byte[] EncodeExceptionTable(ExceptionEntry[] table, int[] start)
    {
        var r = new List<byte>(table.Length * 4);
        foreach (var e in table)
        {
            int s = start[e.Start];
            Varint(r, s, 128);
            Varint(r, start[e.End] - s, 0);
            Varint(r, start[e.Handler], 0);
            Varint(r, e.Depth << 1 | (e.PushLasti ? 1 : 0), 0);
        }
        return [.. r];
    }

    private static void Varint(List<byte> r, int value, int msb)
    {
        for (int shift = 24; shift > 0; shift -= 6)
        {
            if (value < 1 << shift) continue;
            r.Add((byte)((value >> shift) & 0x3F | 64 | msb));
            msb = 0;
        }
        r.Add((byte)(value & 0x3F | msb));
    }
}
