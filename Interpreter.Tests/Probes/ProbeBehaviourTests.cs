#if HERTHON_DTRACE
using System.Reflection;
using Herthon.Compiling;
using Herthon.Evaluation;
using Herthon.Probes;
using Herthon.Runtime;
using static Herthon.Tests.Probes.MarkerRecorder;

namespace Herthon.Tests.Probes;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProbeCollection
{
    public const string Name = "Armed probes (semaphores are process-wide)";
}

/// <summary>
/// The generated probe code, run for real: semaphores armed in-process as a tracer would, markers
/// recorded by <see cref="MarkerRecorder"/>.
/// </summary>
[Collection(ProbeCollection.Name)]
public class ProbeBehaviourTests
{
    public ProbeBehaviourTests() => Reset();

    private static void AssertStrings(MarkerEvent e, params string?[] expected)
        => Assert.Equal<string?>(expected.AsEnumerable(), e.Strings.AsEnumerable());

    private static ulong ProbeIdField(Frame frame)
    {
        var slot = typeof(Frame).GetField("_probeId", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(frame)!;
        return (ulong)slot.GetType().GetField("Value", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(slot)!;
    }

    private static object? ProbeTextField(CodeObject code)
        => typeof(CodeObject).GetField("_probeText", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(code);

    [Fact]
    public void Disabled_markers_do_no_argument_work_and_make_no_call()
    {
        CodeObject code = TestFrames.Code("/src/app.py", "start", 23, 23, 24, 28);
        Frame frame = TestFrames.Frame(code);

        global::Herthon.Probes.Probes.FunctionEntry(frame);
        global::Herthon.Probes.Probes.Line(frame, 24);
        frame.Ip = 3;                                           // ended at instruction 2
        global::Herthon.Probes.Probes.FunctionReturn(frame);
        global::Herthon.Probes.Probes.GcStart(2);
        global::Herthon.Probes.Probes.ImportFindLoadStart("json");
        global::Herthon.Probes.Probes.Audit("open", PyTuple.Of(PyStr.From("f")));

        Assert.Empty(Events);
        Assert.Equal(0UL, ProbeIdField(frame));     // no frame id assigned
        Assert.Null(ProbeTextField(code));           // no UTF-8 encoded
    }

    [Theory]
    [InlineData("line", "function__entry")]
    [InlineData("function__entry", "function__return")]
    [InlineData("function__return", "instance__new__done")]
    [InlineData("cfunction__entry", "cfunction__return")]
    [InlineData("instance__delete__start", "instance__delete__done")]
    public unsafe void Pair_queries_read_the_two_neighbouring_semaphores_as_one_word(string first, string second)
    {
        static bool Query(string first)
        {
            bool on = false;
            if (first == "line") global::Herthon.Probes.Probes.CallMarkersEnabled(ref on);
            else if (first == "function__entry") global::Herthon.Probes.Probes.EntryOrReturnEnabled(ref on);
            else if (first == "function__return") global::Herthon.Probes.Probes.ExitMarkersEnabled(ref on);
            else if (first == "cfunction__entry") global::Herthon.Probes.Probes.CFunctionEnabled(ref on);
            else global::Herthon.Probes.Probes.InstanceDeleteEnabled(ref on);
            return on;
        }

        Assert.False(Query(first));
        Arm(first);
        Assert.True(Query(first));
        Arm(first, on: false);
        Assert.False(Query(first));
        Arm(second);
        Assert.True(Query(first));
        Arm(first);
        Assert.True(Query(first));
        Arm(first, on: false);
        Arm(second, on: false);
        Assert.False(Query(first));
        // No other marker sets a pair's word.
        foreach (string other in new[] { "line", "function__entry", "function__return", "instance__new__done", "cfunction__entry", "gc__start", "audit", "exception__raise", "instance__new__start" })
        {
            if (other == first || other == second) continue;
            Arm(other);
            Assert.False(Query(first));
            Arm(other, on: false);
        }
    }

    [Fact]
    public unsafe void A_pair_whose_semaphores_are_apart_reads_as_always_enabled_and_neighbours_as_their_word()
    {
        ushort* block = stackalloc ushort[4];
        block[0] = block[1] = block[2] = block[3] = 0;
        Assert.True(ProbeBinding.Pair(block, block + 1) == (uint*)block);
        Assert.True(ProbeBinding.Pair(block + 1, block + 2) == (uint*)(block + 1));
        uint* apart = ProbeBinding.Pair(block, block + 2);
        Assert.NotEqual(0u, *apart);
        Assert.NotEqual(0u, *ProbeBinding.Pair(block + 1, block));   // the wrong order is apart too
        // The test host lays the semaphores out as markers.c does: the real pairs are neighbours.
        Assert.True(HerthonProvider.LineFunctionEntrySemaphores == (uint*)HerthonProvider.LineSemaphore);
        Assert.True(HerthonProvider.FunctionEntryFunctionReturnSemaphores == (uint*)HerthonProvider.FunctionEntrySemaphore);
        Assert.True(HerthonProvider.FunctionReturnInstanceNewDoneSemaphores == (uint*)HerthonProvider.FunctionReturnSemaphore);
        Assert.True(HerthonProvider.CfunctionEntryCfunctionReturnSemaphores == (uint*)HerthonProvider.CfunctionEntrySemaphore);
    }

    [Fact]
    public void Entry_and_return_carry_file_name_lines_and_one_frame_id()
    {
        Arm("function__entry");
        Arm("function__return");
        CodeObject code = TestFrames.Code("/src/call_stack.py", "start", 23, 23, 24, 25, 28);
        Frame frame = TestFrames.Frame(code);

        global::Herthon.Probes.Probes.FunctionEntry(frame);
        frame.Ip = 4;                                           // ended at instruction 3
        global::Herthon.Probes.Probes.FunctionReturn(frame);

        MarkerEvent[] events = Events;
        Assert.Equal(2, events.Length);
        Assert.Equal("function__entry", events[0].Marker);
        AssertStrings(events[0], "/src/call_stack.py", "start");
        Assert.Equal(23, events[0].Numbers[0]);
        Assert.Equal("function__return", events[1].Marker);
        AssertStrings(events[1], "/src/call_stack.py", "start");
        Assert.Equal(28, events[1].Numbers[0]);               // LineForInstruction(3)
        Assert.NotEqual(0, events[0].Numbers[1]);
        Assert.Equal(events[0].Numbers[1], events[1].Numbers[1]);
    }

    [Fact]
    public void Tracer_attaching_mid_frame_gets_a_nonzero_id_at_return_distinct_per_activation()
    {
        CodeObject code = TestFrames.Code("a.py", "f", 1, 1, 2);
        Frame first = TestFrames.Frame(code), second = TestFrames.Frame(code);
        global::Herthon.Probes.Probes.FunctionEntry(first);    // not traced yet
        global::Herthon.Probes.Probes.FunctionEntry(second);
        Arm("function__return");
        first.Ip = second.Ip = 2;
        global::Herthon.Probes.Probes.FunctionReturn(second);
        global::Herthon.Probes.Probes.FunctionReturn(first);

        MarkerEvent[] events = Events;
        Assert.Equal(2, events.Length);
        Assert.All(events, e => Assert.NotEqual(0, e.Numbers[1]));
        Assert.NotEqual(events[0].Numbers[1], events[1].Numbers[1]);
    }

    [Fact]
    public void A_reused_frame_gets_a_new_id_per_call_though_the_call_path_never_clears_it()
    {
        // Frame.Reset (the reuse of a finished call's frame) does no marker work: the guarded sites
        // themselves start a fresh id at entry and release it at return.
        CodeObject code = TestFrames.Code("a.py", "f", 1, 1, 2);
        Frame frame = TestFrames.Frame(code);

        Arm("function__return");                               // a tracer watching returns only
        frame.Ip = 2;
        global::Herthon.Probes.Probes.FunctionReturn(frame);    // first call
        frame.Reset();
        frame.Ip = 2;
        global::Herthon.Probes.Probes.FunctionReturn(frame);    // second call of the reused frame

        Arm("function__entry");                                 // both markers: entry and return pair up
        frame.Reset();
        global::Herthon.Probes.Probes.FunctionEntry(frame);
        frame.Ip = 2;
        global::Herthon.Probes.Probes.FunctionReturn(frame);
        Arm("function__return", false);                          // entry only: the id stays with the frame ...
        frame.Reset();
        global::Herthon.Probes.Probes.FunctionEntry(frame);
        frame.Reset();
        global::Herthon.Probes.Probes.FunctionEntry(frame);     // ... and the next call's entry replaces it

        long[] ids = Events.Select(e => e.Numbers[1]).ToArray();
        Assert.Equal(6, ids.Length);
        Assert.All(ids, id => Assert.NotEqual(0, id));
        Assert.Equal(ids[2], ids[3]);
        Assert.Equal(5, new[] { ids[0], ids[1], ids[2], ids[4], ids[5] }.Distinct().Count());
        Assert.Equal(0UL, ProbeIdField(TestFrames.Frame(code)));
    }

    private sealed class RawObject { public byte Data; }

    /// <summary>The offset of field <paramref name="field"/> of <paramref name="o"/> from its first field.</summary>
    private static long FieldOffset<T>(object o, ref T field)
        => (long)System.Runtime.CompilerServices.Unsafe.ByteOffset(
            ref System.Runtime.CompilerServices.Unsafe.As<RawObject>(o).Data,
            ref System.Runtime.CompilerServices.Unsafe.As<T, byte>(ref field));

    [Fact]
    public void The_frame_id_is_laid_out_after_every_field_the_loop_uses()
    {
        // The id lives only in the instrumented build. As a plain ulong it sat between the reference
        // fields and the ints, so Ip, Sp, StackBase and LastLine were 8 bytes further into the object
        // than in the plain build; in a struct of its own it goes last (value-class fields are
        // placed after the primitives) and the loop's fields keep the plain build's offsets.
        CodeObject code = TestFrames.Code("a.py", "f", 1, 1, 2);
        Frame frame = TestFrames.Frame(code);
        var field = typeof(Frame).GetField("_probeId", BindingFlags.NonPublic | BindingFlags.Instance)!;
        object slot = Activator.CreateInstance(field.FieldType)!;
        const ulong pattern = 0x5A17_C0DE_F00D_BEEFUL;
        field.FieldType.GetField("Value", BindingFlags.NonPublic | BindingFlags.Instance)!.SetValue(slot, pattern);
        field.SetValue(frame, slot);

        ref byte start = ref System.Runtime.CompilerServices.Unsafe.As<RawObject>(frame).Data;
        long[] loopFields =
        [
            FieldOffset(frame, ref frame.Ip), FieldOffset(frame, ref frame.Sp), FieldOffset(frame, ref frame.LastLine),
            FieldOffset(frame, ref System.Runtime.CompilerServices.Unsafe.AsRef(in frame.StackBase)),
            FieldOffset(frame, ref frame.Finished), FieldOffset(frame, ref frame.Escaped),
        ];
        long last = loopFields.Max();
        // The id follows the last of them, at the next 8-byte boundary.
        long at = -1;
        for (long o = last + 1; o <= last + 16 && at < 0; o++)
            if (System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.Add(ref start, (nint)o)) == pattern) at = o;
        Assert.True(at > last, $"the frame id is not after the loop's fields (last at {last})");
        Assert.Equal(0, at % 8);
    }

    [Fact]
    public void Entry_of_a_resumed_frame_reports_the_line_it_resumes_at()
    {
        Arm("function__entry");
        CodeObject code = TestFrames.Code("/src/gen.py", "ticks", 10, 10, 11, 12, 12, 13);
        Frame frame = TestFrames.Frame(code);
        global::Herthon.Probes.Probes.FunctionEntry(frame);    // a new frame: co_firstlineno
        frame.Ip = 4;                                           // suspended just past the yield at index 3
        global::Herthon.Probes.Probes.FunctionEntry(frame);

        MarkerEvent[] events = Events;
        Assert.Equal([10L, 12L], events.Select(e => e.Numbers[0]));
        Assert.Equal(events[0].Numbers[1], events[1].Numbers[1]);   // one activation, one frame id
    }

    [Fact]
    public void Generators_resume_at_their_yield_line_as_in_cpython()
    {
        Arm("function__entry");
        const string source = """
            def ticks(n):
                for i in range(n):
                    got = yield i
                    if got:
                        yield got
            def relay():
                yield from ticks(1)
            g = ticks(2)
            next(g); g.send("x"); next(g)
            try:
                g.throw(KeyError)
            except KeyError:
                pass
            r = relay()
            next(r); next(r, None)
            """;
        // On this thread: the recorder records the thread that reset it.
        Assert.Equal(0, global::Herthon.Hosting.Host.RunOnThisThread(["-c", source], TextReader.Null, TextWriter.Null, TextWriter.Null));

        // CPython 3.11's rule (_PyInterpreterFrame_GetLine at entry): the def line for a new frame, the
        // line of the yield it was suspended at on send(), next() and throw().
        var entries = Events.Where(e => e.Strings[1] is "ticks" or "relay").Select(e => $"{e.Strings[1]}:{e.Numbers[0]}");
        Assert.Equal(["ticks:1", "ticks:3", "ticks:5", "ticks:3", "relay:6", "ticks:1", "relay:7", "ticks:3"], entries);
    }

    [Fact]
    public void Generators_consumed_inline_fire_the_markers_of_the_general_path()
    {
        const string source = """
            def ticks(n):
                for i in range(n):
                    yield i
                yield "end"
            def nums(n):
                yield from range(n)
                yield 1.5
            a = list(ticks(3)); b = sum(nums(2)); c = sorted(str(x) for x in ticks(1))
            a = list(map(lambda x: x, ticks(3))); b = sum(map(lambda x: x, nums(2)))
            c = sorted(map(str, ticks(1)))
            """;
        // list/sum/sorted of a generator run it inline (Interpreter.ConsumeInline); map's next goes
        // through the C# resume. The generator frames' entries and returns, with their lines, are the
        // same. One marker per run, without site (the recorder keeps the first 1024 events).
        foreach (var marker in new[] { "function__entry", "function__return" })
        {
            Reset();
            Arm(marker);
            Assert.Equal(0, global::Herthon.Hosting.Host.RunOnThisThread(["-S", "-c", source], TextReader.Null, TextWriter.Null, TextWriter.Null));
            Assert.True(Events.Length < 1024, "the recorder filled up");
            var all = Events.Where(e => e.Strings[1] is "ticks" or "nums").Select(e => $"{e.Marker}:{e.Strings[1]}:{e.Numbers[0]}").ToArray();
            // Per run of the three generators: one entry per start or resume, one return per yield or return.
            Assert.Equal(2 * (5 + 4 + 3), all.Length);
            Assert.Equal(all[(all.Length / 2)..], all[..(all.Length / 2)]);
        }
    }

    [Fact]
    public void Line_enabled_follows_the_semaphore_and_line_passes_its_lineno()
    {
        bool enabled = false;
        global::Herthon.Probes.Probes.LineEnabled(ref enabled);
        Assert.False(enabled);
        Arm("line");
        global::Herthon.Probes.Probes.LineEnabled(ref enabled);
        Assert.True(enabled);

        global::Herthon.Probes.Probes.Line(TestFrames.Frame(TestFrames.Code("loop.py", "count", 5)), 7);
        MarkerEvent e = Assert.Single(Events);
        Assert.Equal(("line", "loop.py", "count", 7L), (e.Marker, e.Strings[0], e.Strings[1], e.Numbers[0]));

        // The query only ever sets the flag (callers start from false): a disarmed marker leaves it.
        Arm("line", on: false);
        global::Herthon.Probes.Probes.LineEnabled(ref enabled);
        Assert.True(enabled);
        enabled = false;
        global::Herthon.Probes.Probes.LineEnabled(ref enabled);
        Assert.False(enabled);
    }

    [Fact]
    public void Names_cross_as_utf8_and_a_lone_surrogate_crosses_as_null()
    {
        Arm("function__entry");
        global::Herthon.Probes.Probes.FunctionEntry(TestFrames.Frame(TestFrames.Code("/tmp/ünï.py", "naïve_λ", 1)));
        global::Herthon.Probes.Probes.FunctionEntry(TestFrames.Frame(TestFrames.Code("/tmp/ok.py", "bad\uD800name", 1)));

        MarkerEvent[] events = Events;
        AssertStrings(events[0], "/tmp/ünï.py", "naïve_λ");
        Assert.Equal("/tmp/ok.py", events[1].Strings[0]);
        Assert.Null(events[1].Strings[1]);
    }

    [Fact]
    public void Strings_are_cached_per_code_object_so_firing_allocates_nothing()
    {
        Arm("function__entry");
        Arm("function__return");
        Arm("line");
        CodeObject code = TestFrames.Code("/src/hot.py", "hot", 1, 1, 2, 3);
        Frame frame = TestFrames.Frame(code);
        global::Herthon.Probes.Probes.FunctionEntry(frame);      // warm-up: encodes once, assigns the id
        long before = Total;

        long allocated = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            global::Herthon.Probes.Probes.FunctionEntry(frame);
            global::Herthon.Probes.Probes.Line(frame, 2);
            global::Herthon.Probes.Probes.FunctionReturn(frame);
        }
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal(3000, Total - before);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Gc_import_and_audit_arguments()
    {
        foreach (string marker in new[] { "gc__start", "gc__done", "import__find__load__start", "import__find__load__done", "audit" })
            Arm(marker);

        global::Herthon.Probes.Probes.GcStart(2);
        global::Herthon.Probes.Probes.GcDone(1L << 40);
        global::Herthon.Probes.Probes.ImportFindLoadStart("xml.etree");
        global::Herthon.Probes.Probes.ImportFindLoadDone("xml.etree", 1);
        global::Herthon.Probes.Probes.Audit("open", PyTuple.Of(PyStr.From("data.txt"), PyStr.From("r"), PyInt.From(524288)));
        global::Herthon.Probes.Probes.Audit("weird\uDC00", PyTuple.Empty);

        MarkerEvent[] e = Events;
        Assert.Equal(6, e.Length);
        Assert.Equal(("gc__start", 2L), (e[0].Marker, e[0].Numbers[0]));
        Assert.Equal(("gc__done", 1L << 40), (e[1].Marker, e[1].Numbers[0]));
        AssertStrings(e[2], "xml.etree");
        Assert.Equal(("xml.etree", 1L), (e[3].Strings[0], e[3].Numbers[0]));
        AssertStrings(e[4], "open", "('data.txt', 'r', 524288)");
        AssertStrings(e[5], null, "()");
    }

    [Fact]
    public void Instance_delete_markers_carry_the_class_and_module_and_follow_their_semaphores()
    {
        bool enabled = false;
        global::Herthon.Probes.Probes.InstanceDeleteEnabled(ref enabled);
        Assert.False(enabled);                                   // no tracer: instances are not registered for them
        Arm("instance__delete__done");
        global::Herthon.Probes.Probes.InstanceDeleteEnabled(ref enabled);
        Assert.True(enabled);                                    // either marker enables the registration
        Arm("instance__delete__start");

        var type = new PyType("Point", [TypeObjects.Object], false) { Module = "geometry", QualName = "Shapes.Point" };
        global::Herthon.Probes.Probes.InstanceDeleteStart(type);
        global::Herthon.Probes.Probes.InstanceDeleteDone(type);

        MarkerEvent[] e = Events;
        Assert.Equal(["instance__delete__start", "instance__delete__done"], e.Select(x => x.Marker));
        AssertStrings(e[0], "Shapes.Point", "geometry");
        AssertStrings(e[1], "Shapes.Point", "geometry");
    }

    [Fact]
    public void A_failing_argument_source_never_throws_into_the_interpreter()
    {
        Arm("function__entry");
        Arm("function__return");
        Frame broken = TestFrames.Broken();                     // frame.Code is null: every source throws

        global::Herthon.Probes.Probes.FunctionEntry(broken);
        global::Herthon.Probes.Probes.FunctionReturn(broken);

        Assert.Empty(Events);                                    // the events are dropped, nothing propagates
    }

    [Fact]
    public void Catalogue_lists_every_marker_of_herthon_d_with_its_enabled_state()
    {
        Arm("gc__done");
        var catalogue = HerthonProvider.Catalogue();
        Assert.Equal(["function__entry", "function__return", "line", "gc__start", "gc__done",
            "import__find__load__start", "import__find__load__done", "audit",
            "cfunction__entry", "cfunction__return", "instance__new__start", "instance__new__done",
            "exception__raise", "exception__handled", "instance__delete__start", "instance__delete__done"], catalogue.Select(c => c.Marker));
        Assert.Equal(["gc__done"], catalogue.Where(c => c.Enabled).Select(c => c.Marker));
        Assert.Contains(catalogue, c => c.Signature == "function__entry(const char *filename, const char *funcname, int lineno, uint64_t frameid)");
    }
}
#endif
