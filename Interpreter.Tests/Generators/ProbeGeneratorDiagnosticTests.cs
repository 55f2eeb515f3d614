using Microsoft.CodeAnalysis;
using static Herthon.Tests.Generators.GeneratorHarness;

namespace Herthon.Tests.Generators;

/// <summary>Every misuse the generator reports: ID, position, and a message that says the fix.</summary>
public class ProbeGeneratorDiagnosticTests
{
    private static Diagnostic Single(string body, bool instrumented = true, string? herthonD = null, bool withProvider = true, string? extra = null)
    {
        string source = $$"""
            using Herthon.Probes;
            using Herthon.Evaluation;
            namespace Demo
            {
                internal static unsafe partial class Sites
                {
            {{body}}
                }
            }
            """;
        var diagnostics = GeneratorDiagnostics([Attributes, ContractTypes, source, extra ?? ""], instrumented, herthonD, withProvider);
        return Assert.Single(diagnostics);
    }

    private static void AssertAt(Diagnostic diagnostic, string id, string methodName, params string[] messageParts)
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Descriptor.Title.ToString()));
        string text = diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
        Assert.Equal(methodName, text);
        string message = diagnostic.GetMessage();
        foreach (string part in messageParts)
            Assert.Contains(part, message);
    }

    [Fact]
    public void HPRB001_unknown_marker_lists_the_known_ones()
    {
        var d = Single("""[Probe("function_entry")] static partial void Enter(Frame frame);""");
        AssertAt(d, "HPRB001", "Enter", "'function_entry'", "function__entry, function__return, line", "herthon.d");
    }

    [Fact]
    public void HPRB001_is_reported_in_plain_builds_too()
    {
        var d = Single("""[Probe("nope")] static partial void Enter(Frame frame);""", instrumented: false);
        AssertAt(d, "HPRB001", "Enter");
    }

    [Theory]
    [InlineData("""[Probe("gc__start")] static void Start(int generation) { }""")]
    [InlineData("""[Probe("gc__start")] internal static partial void Start(int generation);""")]
    [InlineData("""[Probe("gc__start")] partial void Start(int generation);""")]
    public void HPRB002_probe_must_be_a_bodiless_static_partial_method(string declaration)
    {
        var diagnostics = GeneratorDiagnostics([Attributes, ContractTypes, $$"""
            using Herthon.Probes;
            namespace Demo { internal partial class Sites { {{declaration}} } }
            """]);
        AssertAt(Assert.Single(diagnostics), "HPRB002", "Start", "static partial void Start(...);", "erase");
    }

    [Fact]
    public void HPRB002_probe_with_a_hand_written_implementation()
    {
        var d = Single("""
                    [Probe("gc__start")] static partial void Start(int generation);
                    static partial void Start(int generation) { }
            """);
        AssertAt(d, "HPRB002", "Start");
    }

    [Fact]
    public void HPRB003_probe_must_return_void()
    {
        var diagnostics = GeneratorDiagnostics([Attributes, ContractTypes, """
            using Herthon.Probes;
            namespace Demo { internal static partial class Sites { [Probe("gc__start")] static partial int Start(int generation); } }
            """]);
        Assert.Contains(diagnostics, d => d.Id == "HPRB003" && d.GetMessage().Contains("returns 'int'") && d.GetMessage().Contains("static partial void Start"));
    }

    [Fact]
    public void HPRB004_marker_declared_twice()
    {
        var d = Single("""
                    [Probe("gc__start")] static partial void Start(int generation);
                    [Probe("gc__start")] static partial void StartAgain(int generation);
            """);
        AssertAt(d, "HPRB004", "StartAgain", "'gc__start'", "Demo.Sites.Start", "exactly one");
    }

    [Fact]
    public void HPRB005_marker_argument_without_a_source()
    {
        var all = GeneratorDiagnostics([Attributes, ContractTypes, """
            using Herthon.Probes;
            namespace Demo { internal static partial class Sites { [Probe("gc__done")] static partial void Done(long count); } }
            """]);
        Assert.Equal(["HPRB005", "HPRB006"], all.Select(x => x.Id).ToArray());
        Assert.Contains("Argument 'collected' (long) of marker 'gc__done' has no source in 'Done'", all[0].GetMessage());
        Assert.Contains("[ProbeArg(\"collected\")]", all[0].GetMessage());
    }

    [Fact]
    public void HPRB005_wrong_argument_count_reports_each_missing_argument()
    {
        var diagnostics = GeneratorDiagnostics([Attributes, ContractTypes, """
            using Herthon.Probes;
            namespace Demo { internal static partial class Sites { [Probe("import__find__load__done")] static partial void Done(string modulename); } }
            """]);
        var d = Assert.Single(diagnostics);
        AssertAt(d, "HPRB005", "Done", "'found' (int)", "add a parameter named 'found'");
    }

    [Fact]
    public void HPRB006_extra_parameter_matches_no_argument()
    {
        var diagnostics = GeneratorDiagnostics([Attributes, ContractTypes, """
            using Herthon.Probes;
            namespace Demo { internal static partial class Sites { [Probe("gc__start")] static partial void Start(int generation, int extra); } }
            """]);
        AssertAt(Assert.Single(diagnostics), "HPRB006", "Start", "Parameter 'extra'", "(generation)", "remove it");
    }

    [Fact]
    public void HPRB007_parameter_of_the_wrong_type()
    {
        var diagnostics = GeneratorDiagnostics([Attributes, ContractTypes, """
            using Herthon.Probes;
            namespace Demo { internal static partial class Sites { [Probe("gc__start")] static partial void Start(string generation); } }
            """]);
        AssertAt(Assert.Single(diagnostics), "HPRB007", "Start", "as 'string'", "declares it 'int'", "use int");
    }

    [Fact]
    public void HPRB007_source_of_the_wrong_type()
    {
        var d = Single("""
                    [Probe("line")] static partial void Line(Frame frame, int lineno);
                    [ProbeArg("filename")] static byte* File(Frame frame) => null;
                    [ProbeArg("funcname")] static long Func(Frame frame) => 0;
            """);
        Assert.Equal("HPRB007", d.Id);
        Assert.Contains("'Func' supplies argument 'funcname'", d.GetMessage());
        Assert.Equal("Func", d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan));
    }

    [Fact]
    public void HPRB008_two_equally_specific_sources()
    {
        var d = Single("""
                    [Probe("gc__start")] static partial void Start(Frame frame);
                    [ProbeArg("generation")] static int A(Frame frame) => 0;
                    [ProbeArg("generation")] static int B(Frame frame) => 1;
            """);
        AssertAt(d, "HPRB008", "Start", "'A'", "'B'");
    }

    [Fact]
    public void More_specific_source_wins_over_a_less_specific_one()
    {
        var diagnostics = GeneratorDiagnostics([Attributes, ContractTypes, """
            using Herthon.Probes;
            using Herthon.Evaluation;
            namespace Demo { internal static partial class Sites {
                [Probe("gc__start")] static partial void Start(Frame frame, int ip);
                [ProbeArg("generation")] static int A(Frame frame) => 0;
                [ProbeArg("generation")] static int B(Frame frame, int ip) => ip;
            } }
            """]);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void HPRB009_herthon_d_missing_from_additional_files()
    {
        var d = Single("""[Probe("gc__start")] static partial void Start(int generation);""", withProvider: false);
        AssertAt(d, "HPRB009", "Start", "<AdditionalFiles Include=\"Native/herthon.d\" />");
    }

    [Fact]
    public void HPRB010_unsupported_type_in_herthon_d()
    {
        var d = Single("""[Probe("gc__start")] static partial void Start(int generation);""",
            herthonD: "provider herthon { probe gc__start(int generation); probe weird(struct foo *f); };");
        Assert.Equal("HPRB010", d.Id);
        Assert.Contains("weird", d.GetMessage());
        Assert.Contains("const char *, int, long, uint64_t or void *", d.GetMessage());
        Assert.EndsWith("herthon.d", d.Location.GetLineSpan().Path);
    }

    [Fact]
    public void HPRB011_enabled_query_shape()
    {
        var d = Single("""[ProbeEnabled("line")] static partial void LineOn(bool enabled);""");
        AssertAt(d, "HPRB011", "LineOn", "static partial void LineOn(ref bool enabled);");
    }

    [Fact]
    public void HPRB012_invalid_source()
    {
        var d = Single("""
                    [Probe("gc__start")] static partial void Start(int generation);
                    [ProbeArg("generation")] int NotStatic(Frame frame) => 0;
            """);
        AssertAt(d, "HPRB012", "NotStatic", "must be static");
    }

    [Fact]
    public void HPRB013_pair_query_of_one_marker_twice()
    {
        var d = Single("""[ProbeEnabled("line", "line")] static partial void LineTwice(ref bool enabled);""");
        AssertAt(d, "HPRB013", "LineTwice", "marker 'line' twice", "[ProbeEnabled(\"line\")]", "neighbours");
    }

    [Fact]
    public void HPRB013_is_reported_in_plain_builds_too()
    {
        var d = Single("""[ProbeEnabled("gc__start", "gc__start")] static partial void Twice(ref bool enabled);""", instrumented: false);
        AssertAt(d, "HPRB013", "Twice");
    }

    [Fact]
    public void HPRB001_for_the_second_marker_of_a_pair_query()
    {
        var d = Single("""[ProbeEnabled("line", "function_entry")] static partial void Watched(ref bool enabled);""");
        AssertAt(d, "HPRB001", "Watched", "'function_entry'", "function__entry, function__return, line");
    }

    [Fact]
    public void HPRB011_pair_query_shape()
    {
        var d = Single("""[ProbeEnabled("line", "function__entry")] static partial void Watched(bool enabled);""");
        AssertAt(d, "HPRB011", "Watched", "static partial void Watched(ref bool enabled);");
    }

    [Fact]
    public void Every_descriptor_has_an_id_title_and_a_fix()
    {
        var descriptors = typeof(Herthon.Generators.ProbeGenerator).Assembly
            .GetType("Herthon.Generators.DiagnosticDescriptors")!
            .GetFields()
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();
        Assert.Equal(13, descriptors.Count);
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Id).Distinct().Count());
        foreach (var d in descriptors)
        {
            Assert.Matches("^HPRB0[0-9][0-9]$", d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Title.ToString()));
            Assert.Matches("add|use|declare|write|remove|give|must|call", d.MessageFormat.ToString());
        }
    }
}
