using System.Diagnostics;
using System.Reflection;

namespace Herthon.Tests.Probes;

/// <summary>Where the launcher is, what tools exist, and running processes for the native probe tests.</summary>
internal static class NativeEnvironment
{
    public static string RepositoryRoot { get; } = Path.GetFullPath(Metadata("RepositoryRoot"));

    /// <summary>The built launcher: $HERTHON_LAUNCHER, else Interpreter's output folder of this configuration.</summary>
    public static string Launcher { get; } = Path.GetFullPath(
        Environment.GetEnvironmentVariable("HERTHON_LAUNCHER") is { Length: > 0 } path ? path : Path.Combine(Metadata("HerthonOutputDir"), "herthon"));

    /// <summary>The managed interpreter next to the launcher, for `dotnet Herthon.dll ...` (no native launcher needed).</summary>
    public static string HerthonDll => Path.Combine(Path.GetDirectoryName(Launcher)!, "Herthon.dll");

    /// <summary>
    /// How a test runs Herthon as a process: the built `herthon` (in Release the NativeAOT executable
    /// users run), else `dotnet Herthon.dll` where no executable was built.
    /// </summary>
    public static string[] HerthonCommand => File.Exists(Launcher) ? [Launcher] : ["dotnet", HerthonDll];

    /// <summary><see cref="HerthonCommand"/> quoted for /bin/sh.</summary>
    public static string HerthonShellCommand => string.Join(' ', HerthonCommand.Select(a => $"'{a}'"));

    public static bool Instrumented => Metadata("HerthonInstrumented") == "true";

    public static string HerthonD => File.ReadAllText(Path.Combine(RepositoryRoot, "Interpreter", "Native", "herthon.d"));

    /// <summary>Marker names declared in herthon.d, in order.</summary>
    public static string[] Markers { get; } = System.Text.RegularExpressions.Regex
        .Matches(System.Text.RegularExpressions.Regex.Replace(HerthonD, @"/\*.*?\*/", "", System.Text.RegularExpressions.RegexOptions.Singleline), @"probe\s+(\w+)\s*\(")
        .Select(m => m.Groups[1].Value).ToArray();

    public static bool HasTool(string name)
        => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, name)));

    public static bool IsRoot => Environment.UserName == "root" || Run("id", ["-u"]).Output.Trim() == "0";

    /// <summary>uprobes are available when the kernel exposes the uprobe PMU.</summary>
    public static bool KernelHasUprobes => Directory.Exists("/sys/bus/event_source/devices/uprobe");

    public static (int ExitCode, string Output, string Error) Run(string file, IEnumerable<string> args, string? workingDirectory = null, int timeoutMs = 120_000)
    {
        var info = new ProcessStartInfo(file, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutMs))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in {timeoutMs} ms");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string Metadata(string key)
        => typeof(NativeEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    /// <summary>Why the launcher tests cannot run here, or null.</summary>
    public static string? LauncherUnavailable()
    {
        if (!OperatingSystem.IsLinux())
            return "SKIPPED: SDT markers are a Linux ELF feature";
        if (!File.Exists(Launcher))
            return $"SKIPPED LOUDLY: the native launcher was not built at {Launcher} (needs gcc, and dtrace from systemtap-sdt-dev); see the build's 'herthon: native launcher not built' message";
        if (!Instrumented)
            return "SKIPPED: this is a plain build (-p:WithDtrace=false); the launcher carries no markers by design";
        return null;
    }

    /// <summary>Why bpftrace tests cannot run here, or null.</summary>
    public static string? TracerUnavailable()
    {
        if (LauncherUnavailable() is { } reason)
            return reason;
        if (!HasTool("bpftrace"))
            return "SKIPPED LOUDLY: bpftrace is not installed (apt-get install -y bpftrace)";
        if (!IsRoot)
            return "SKIPPED LOUDLY: bpftrace needs root to attach uprobes";
        if (!KernelHasUprobes)
            return "SKIPPED LOUDLY: this kernel lacks uprobes (/sys/bus/event_source/devices/uprobe missing), so no USDT probe can be traced";
        return null;
    }

    /// <summary>Why end-to-end tracing of real programs cannot run here, or null. A launcher that cannot
    /// run programs is no reason: those tests then fail, as does LauncherTests' smoke test.</summary>
    public static string? EndToEndUnavailable() => TracerUnavailable();
}

/// <summary>A test of the built launcher binary; skipped (with the reason) only where it cannot exist.</summary>
public sealed class LauncherFactAttribute : FactAttribute
{
    public LauncherFactAttribute() => Skip = NativeEnvironment.LauncherUnavailable();
}

/// <summary>A test that runs bpftrace; skipped loudly when bpftrace, root or kernel uprobes are missing.</summary>
public sealed class TracerFactAttribute : FactAttribute
{
    public TracerFactAttribute() => Skip = NativeEnvironment.TracerUnavailable();
}

/// <summary>A test tracing real Herthon programs under bpftrace; skipped loudly only where bpftrace cannot run.</summary>
public sealed class EndToEndFactAttribute : FactAttribute
{
    public EndToEndFactAttribute() => Skip = NativeEnvironment.EndToEndUnavailable();
}
