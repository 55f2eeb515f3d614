using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Herthon.Compiling;
using Herthon.Evaluation;
using Herthon.Hosting;
using Herthon.Runtime;
using Assert = Xunit.Assert;

namespace Herthon.Tests.Compiling;

/// <summary>
/// What keeps the eval loop's dispatch block small (docs/performance.md, "dispatch ... eighth
/// session"): the instruction fetch reads through CodeObject.Instructions, an address that must
/// stay the address of Code's first element for the code object's life, and the per-instruction
/// store of f.Ip needs Ip within a 1-byte displacement of the object.
/// </summary>
public class DispatchLayoutTests
{
#pragma warning disable CS0649   // never written: only its address is taken
    private sealed class RawObject { public byte Data; }
#pragma warning restore CS0649

    private static long FieldOffset<T>(object o, ref T field)
        => (long)Unsafe.ByteOffset(ref Unsafe.As<RawObject>(o).Data, ref Unsafe.As<T, byte>(ref field));

    [Fact]
    public void Ip_and_Sp_are_the_first_fields_of_a_frame()
    {
        var code = Host.CompileSource("x = 1\n", "t.py", "exec");
        var frame = new Frame(code, new PyDict(), new PyDict(), null);
        // Offsets from the first field (which is 8 bytes into the object, after the type pointer):
        // a store to either then encodes its displacement in one byte, however many references
        // later sessions add to Frame.
        Assert.Equal(0, FieldOffset(frame, ref frame.Ip));
        Assert.Equal(4, FieldOffset(frame, ref frame.Sp));
        Assert.True(FieldOffset(frame, ref frame.LastLine) > 4);
    }

    [Fact]
    public unsafe void Instructions_is_the_address_of_the_code_and_survives_a_compacting_collection()
    {
        var codes = new List<CodeObject>();
        var garbage = new List<object>();
        for (int i = 0; i < 50; i++)
        {
            garbage.Add(new byte[1000 + i]);   // objects around the code that a compaction would move
            codes.Add(Host.CompileSource($"def f{i}(a):\n    return a + {i}\n", "t.py", "exec"));
        }
        garbage.Clear();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        foreach (var c in codes)
        {
            Assert.Equal((nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(c.Code)), c.Instructions);
            foreach (var k in c.Constants.OfType<CodeObject>())
                Assert.Equal((nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(k.Code)), k.Instructions);
        }
        // The copy the init accessor makes is the code: same words, and what quickening writes
        // into Code is what the loop reads.
        var src = new[] { 7 << 8 | (int)Op.LoadConst, (int)Op.ReturnValue };
        var made = Herthon.Tests.Probes.TestFrames.Code("t.py", "t", 1, src, new int[src.Length]);
        Assert.Equal(src, made.Code);
        made.Code[0] = 9 << 8 | (int)Op.LoadConst;
        Assert.Equal(9 << 8 | (int)Op.LoadConst, *(int*)made.Instructions);
    }
}
