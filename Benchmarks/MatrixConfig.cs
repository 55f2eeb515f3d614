using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace Herthon.Benchmarks;

/// <summary>
/// The three builds as jobs: each job's generated project is built with its own MSBuild
/// arguments, which reach the referenced Interpreter project (BenchmarkDotNet also gives every
/// job its own IntermediateOutputPath and OutDir, so the variants never share compiled output).
/// (b) is the baseline; the statistical test column compares (a) and (c) against it with a
/// Mann-Whitney test at a 1 % threshold: "Same" means no difference of 1 % or more is detectable.
/// HERTHON_BENCH_JOB=short|medium|default picks the run length (default: medium);
/// HERTHON_BENCH_CASES=b,c picks the builds (default a,b,c).
/// </summary>
public sealed class MatrixConfig : ManualConfig
{
    public MatrixConfig()
    {
        var length = Environment.GetEnvironmentVariable("HERTHON_BENCH_JOB") ?? "medium";
        Job baseJob = length switch
        {
            "short" => Job.ShortRun,
            "default" => Job.Default,
            _ => Job.MediumRun,
        };
        // HERTHON_BENCH_CASES=b,c runs a subset of the builds (default: all three).
        var cases = (Environment.GetEnvironmentVariable("HERTHON_BENCH_CASES") ?? "a,b,c").Split(',');
        if (cases.Contains("a")) AddJob(Variant(baseJob, "a", "/p:ProbeGenerator=false", "a_NoGenerator"));
        if (cases.Contains("b")) AddJob(Variant(baseJob, "b", "/p:WithDtrace=false", "b_DtraceOff").AsBaseline());
        if (cases.Contains("c")) AddJob(Variant(baseJob, "c", "/p:WithDtrace=true", "c_DtraceOn"));
        AddColumn(StatisticalTestColumn.Create("1%", 0.05));
        AddColumn(BaselineRatioColumn.RatioMean);
        SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Percentage);
        Options |= ConfigOptions.JoinSummary;
    }

    /// <remarks>Each job's build also gets /p:HerthonReadyToRun=false and /p:HerthonLauncher=false:
    /// the generated project is restored without -c Release, where Interpreter.csproj's ReadyToRun
    /// step sets a RuntimeIdentifier, so the Release build found no linux-x64 target in the assets
    /// file (NETSDK1047) and no benchmark ran. The jobs measure the JIT's code in-process, which
    /// neither the precompiled assembly nor an executable is part of.
    /// <para>Each job's process also gets Interpreter.csproj's runtime setting
    /// TieredCompilationQuickJitForLoops=false (DOTNET_TC_QuickJitForLoops=0): the benchmark host's
    /// runtimeconfig is its own, not Herthon's. With the runtime's default, the eval loop (entered
    /// once per program run, its calls pushed inline) started in tier-0 code and ran in on-stack
    /// replacement versions for all of a job's iterations (40 runs of recursion.py never reached
    /// Tier1; DOTNET_JitDisasmSummary), so each launch measured whichever OSR code it got. With the
    /// setting, the loop is compiled once, fully optimised, at its first call; the provider's static
    /// constructor runs during that compilation, so every semaphore read is a constant address
    /// (DOTNET_JitDisasm: <c>mov rdi, imm64; cmp word ptr [rdi], 0; je</c>).</para></remarks>
    private static Job Variant(Job job, string @case, string msbuild, string id) =>
        job.WithArguments([new MsBuildArgument(msbuild), new MsBuildArgument("/p:HerthonReadyToRun=false"), new MsBuildArgument("/p:HerthonLauncher=false")])
           .WithEnvironmentVariable("HERTHON_BENCH_CASE", @case)
           .WithEnvironmentVariable("DOTNET_TC_QuickJitForLoops", "0")
           .WithId(id);
}
