#if HERTHON_DTRACE
using System.Diagnostics;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Herthon.Compiling;
using Herthon.Evaluation;
using Herthon.Parsing;
using Herthon.Probes;
using Herthon.Runtime;

namespace Herthon.Benchmarks;

/// <summary>
/// One probe site, measured alone, in the instrumented build (these benchmarks exist only when
/// HERTHON_DTRACE is defined, i.e. -p:WithDtrace=true): a loop without a site, the same loop with
/// the site disabled (semaphore zero: one load, one compare, one branch), and armed — semaphore
/// raised in-process and the marker bound to the launcher's real marker function compiled into a
/// shared library (Interpreter/Native/markers.c), whose SDT probe is a NOP while no tracer is
/// attached. Armed minus disabled = argument marshalling + the SuppressGCTransition call + the NOP;
/// a real uprobe hit (bpftrace attached) adds the trap on top, see Benchmarks/matrix.sh.
/// Each process binds the markers once, so armed and disabled run as separate processes (the
/// default for BenchmarkDotNet: one process per benchmark case).
/// </summary>
[Config(typeof(ProbeSiteConfig))]
public unsafe class ProbeSiteBenchmarks
{
    private const int N = 1000;

    [Params(false, true)]
    public bool Armed { get; set; }

    private Frame _frame = null!;
    private static readonly ushort* s_raised = (ushort*)NativeMemory.AllocZeroed(sizeof(ulong));
    private static readonly ushort* s_zero = (ushort*)NativeMemory.AllocZeroed(sizeof(ulong));

    [GlobalSetup]
    public void Setup()
    {
        *s_raised = 1;
        nint lib = Armed ? NativeLibrary.Load(MarkerLibrary.Build()) : 0;
        ProbeBinding.Override = (string provider, string marker, out ushort* semaphore, out void* function) =>
        {
            semaphore = Armed ? s_raised : s_zero;
            function = Armed ? (void*)NativeLibrary.GetExport(lib, $"{provider}_marker_{marker}") : null;
            return true;
        };
        const string source = "def work(n):\n    return n + 1\n";
        CodeObject module = Compiler.Compile(Parser.Parse(source, "probe_site.py", "exec"), "probe_site.py", source);
        _frame = new Frame(module, new PyDict(), new PyDict(), null);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public int NoSite()
    {
        int acc = 0;
        for (int i = 0; i < N; i++) acc += i ^ acc;
        return acc;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public int GcStartSite()
    {
        int acc = 0;
        for (int i = 0; i < N; i++)
        {
            Herthon.Probes.Probes.GcStart(i);
            acc += i ^ acc;
        }
        return acc;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public int FunctionEntrySite()
    {
        int acc = 0;
        var frame = _frame;
        for (int i = 0; i < N; i++)
        {
            Herthon.Probes.Probes.FunctionEntry(frame);
            acc += i ^ acc;
        }
        return acc;
    }
}

public sealed class ProbeSiteConfig : ManualConfig
{
    public ProbeSiteConfig()
    {
        var length = Environment.GetEnvironmentVariable("HERTHON_BENCH_JOB") ?? "medium";
        Job job = length switch { "short" => Job.ShortRun, "default" => Job.Default, _ => Job.MediumRun };
        AddJob(job.WithId("c_DtraceOn"));
    }
}

/// <summary>Builds Interpreter/Native/markers.c (the launcher's marker functions) as a shared library.</summary>
internal static class MarkerLibrary
{
    public static string Build()
    {
        var native = Path.GetFullPath(Path.Combine(BenchmarkPrograms.Folder, "..", "..", "Interpreter", "Native"));
        var dir = Directory.CreateTempSubdirectory("herthon-markers").FullName;
        var lib = Path.Combine(dir, "libherthon_markers.so");
        Run("dtrace", $"-h -s \"{Path.Combine(native, "herthon.d")}\" -o \"{Path.Combine(dir, "herthon_probes.h")}\"");
        Run("gcc", $"-O2 -shared -fPIC -I\"{dir}\" -o \"{lib}\" \"{Path.Combine(native, "markers.c")}\"");
        return lib;
    }

    private static void Run(string file, string args)
    {
        using var p = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true })!;
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} {args}: {err}");
    }
}
#endif
