using Herthon.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using static Herthon.Tests.Generators.GeneratorHarness;

namespace Herthon.Tests.Generators;

/// <summary>The pipeline's caching: edits that do not change the model do not regenerate.</summary>
public class ProbeGeneratorIncrementalTests
{
    private static (GeneratorDriver Driver, CSharpCompilation Compilation, SyntaxTree Probes) FirstRun()
    {
        CSharpCompilation compilation = Compilation(
        [
            Attributes,
            RepoFile("Interpreter", "Probes", "Probes.cs"),
            RepoFile("Interpreter", "Probes", "ProbeArguments.cs"),
            ContractTypes,
            .. RuntimeSupport,
        ]);
        GeneratorDriver driver = Driver(instrumented: true, HerthonD).RunGenerators(compilation);
        SyntaxTree probes = compilation.SyntaxTrees.Single(t => t.GetText().ToString().Contains("[Probe(\"function__entry\")]"));
        return (driver, compilation, probes);
    }

    private static GeneratorRunResult Rerun(GeneratorDriver driver, CSharpCompilation compilation, SyntaxTree old, Func<string, string> edit)
    {
        string text = old.GetText().ToString();
        SyntaxTree edited = old.WithChangedText(SourceText.From(edit(text)));
        return driver.RunGenerators(compilation.ReplaceSyntaxTree(old, edited)).GetRunResult().Results.Single();
    }

    private static IncrementalStepRunReason Reason(GeneratorRunResult run, string step)
        => run.TrackedSteps[step].Single().Outputs.Single().Reason;

    [Theory]
    [InlineData("blank lines inserted above every declaration")]
    [InlineData("indentation changed")]
    [InlineData("trailing whitespace")]
    public void Whitespace_only_edit_does_not_regenerate(string edit)
    {
        var (driver, compilation, probes) = FirstRun();
        GeneratorRunResult run = Rerun(driver, compilation, probes, text => edit switch
        {
            "blank lines inserted above every declaration" => "\n\n\n" + text.Replace("    [Probe(", "\n    [Probe("),
            "indentation changed" => text.Replace("    static partial void", "        static  partial  void"),
            _ => text + "   \n\n",
        });

        // The bind step re-runs (positions moved) but yields an equal model…
        Assert.Contains(Reason(run, ProbeGenerator.Steps.Bind), new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached });
        // …so the model feeding the source output is unchanged and nothing is re-emitted.
        Assert.Contains(Reason(run, ProbeGenerator.Steps.Model), new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached });
        Assert.All(run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached }));
    }

    [Fact]
    public void Real_edit_regenerates()
    {
        var (driver, compilation, probes) = FirstRun();
        GeneratorRunResult run = Rerun(driver, compilation, probes,
            text => text.Replace("static partial void GcDoneProbe(long collected);", "static partial void GcDoneProbe(int collected);"));
        Assert.Equal(IncrementalStepRunReason.Modified, Reason(run, ProbeGenerator.Steps.Model));
        Assert.Contains("GcDoneProbe(int collected)", run.GeneratedSources.Single(s => s.HintName.StartsWith("Herthon.Probes.Probes")).SourceText.ToString());
    }

    [Fact]
    public void Editing_an_unrelated_file_does_not_regenerate()
    {
        var (driver, compilation, _) = FirstRun();
        var other = CSharpSyntaxTree.ParseText("namespace Elsewhere { class C { void M() { } } }", ParseOptions(true));
        GeneratorRunResult run = driver.RunGenerators(compilation.AddSyntaxTrees(other)).GetRunResult().Results.Single();
        Assert.Equal(IncrementalStepRunReason.Cached, Reason(run, ProbeGenerator.Steps.Model));
    }
}
