using BenchmarkDotNet.Attributes;
using Herthon.Hosting;

namespace Herthon.Benchmarks;

/// <summary>
/// One benchmark per program in Benchmarks/programs, run in-process through the interpreter's
/// host (no process start-up, no runtime start-up: only compile + execute). The three builds
/// (a), (b), (c) are separate BenchmarkDotNet jobs, see <see cref="MatrixConfig"/>.
/// Size: the program's quick size by default (in-process iterations repeat many times);
/// HERTHON_BENCH_SIZE=default selects the program's default size, a number overrides it.
/// </summary>
[Config(typeof(MatrixConfig))]
public class ProgramBenchmarks
{
    [ParamsSource(nameof(Programs))]
    public string Program { get; set; } = "";

    /// <summary>Every program, or those named in HERTHON_BENCH_ONLY (comma-separated).</summary>
    public static IEnumerable<string> Programs()
    {
        var all = Directory.GetFiles(BenchmarkPrograms.Folder, "*.py").Select(p => Path.GetFileNameWithoutExtension(p)).Order();
        var only = Environment.GetEnvironmentVariable("HERTHON_BENCH_ONLY");
        return string.IsNullOrEmpty(only) ? all : all.Where(only.Split(',').Contains);
    }

    private string[] _args = [];

    [GlobalSetup]
    public void Setup()
    {
        BuildVariant.Check();
        var path = Path.Combine(BenchmarkPrograms.Folder, Program + ".py");
        _args = [path, BenchmarkPrograms.Size(path)];
        // One checked run: the program raises (exit code 1) on a wrong answer.
        var err = new StringWriter();
        int rc = Host.RunMain(_args, TextReader.Null, TextWriter.Null, err);
        if (rc != 0) throw new InvalidOperationException($"{Program} failed ({rc}): {err}");
    }

    [Benchmark]
    public int Run() => Host.RunMain(_args, TextReader.Null, TextWriter.Null, TextWriter.Null);
}

public static class BenchmarkPrograms
{
    /// <summary>Benchmarks/programs, found from the current folder or the assembly upwards
    /// (BenchmarkDotNet runs the job from a generated folder under bin/).</summary>
    public static string Folder { get; } = Find();

    private static string Find()
    {
        var env = Environment.GetEnvironmentVariable("HERTHON_BENCH_PROGRAMS");
        if (!string.IsNullOrEmpty(env)) return env;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var d = new DirectoryInfo(start); d != null; d = d.Parent)
            {
                var p = Path.Combine(d.FullName, "Benchmarks", "programs");
                if (Directory.Exists(p)) return p;
                p = Path.Combine(d.FullName, "programs");
                if (Directory.Exists(p) && File.Exists(Path.Combine(p, "recursion.py"))) return p;
            }
        }
        throw new DirectoryNotFoundException("Benchmarks/programs not found; set HERTHON_BENCH_PROGRAMS");
    }

    public static string Size(string path)
    {
        var which = Environment.GetEnvironmentVariable("HERTHON_BENCH_SIZE") ?? "quick";
        if (int.TryParse(which, out _)) return which;
        foreach (var line in File.ReadLines(path))
        {
            if (!line.StartsWith("# bench:")) continue;
            foreach (var part in line["# bench:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var kv = part.Split('=');
                if (kv.Length == 2 && kv[0] == which) return kv[1];
            }
        }
        throw new InvalidOperationException($"{path}: no '# bench: {which}=N' line");
    }
}

/// <summary>
/// Guards against measuring the wrong build: every job says which case it is meant to be
/// (HERTHON_BENCH_CASE), and the loaded Herthon assembly must agree — only an instrumented build
/// (case (c)) contains the generated provider class Herthon.Probes.HerthonProvider.
/// </summary>
public static class BuildVariant
{
    public static bool Instrumented =>
        typeof(Host).Assembly.GetType("Herthon.Probes.HerthonProvider") != null;

    public static void Check()
    {
        var want = Environment.GetEnvironmentVariable("HERTHON_BENCH_CASE");
        Console.WriteLine($"// herthon build for case ({want ?? "?"}): {typeof(Host).Assembly.Location}, instrumented: {Instrumented}");
        if (want == "c" && !Instrumented)
            throw new InvalidOperationException("case (c) runs a build without markers: the MSBuild argument did not reach the Interpreter project");
        if (want is "a" or "b" && Instrumented)
            throw new InvalidOperationException($"case ({want}) runs an instrumented build");
    }
}
