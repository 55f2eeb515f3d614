using Herthon.Tests.Probes;
using Assert = Xunit.Assert;

namespace Herthon.Tests.Robustness;

/// <summary>
/// Tools/reliability/builtin_method_sweep.py calls every method of the builtin types, the attribute
/// protocol of builtin objects and every builtins function with odd arguments, and counts the
/// SystemErrors that are Herthon's internal-error report (a .NET exception that reached the user).
/// There must be none. (Its counts have no CPython oracle: CPython takes minutes on some of the
/// huge sizes it passes; the invariant is the test.)
/// </summary>
public class BuiltinSweepTests
{
    [Fact]
    public async Task Builtin_methods_with_odd_arguments_never_report_an_internal_error()
    {
        string script = Path.Combine(NativeEnvironment.RepositoryRoot, "Tools", "reliability", "builtin_method_sweep.py");
        var command = NativeEnvironment.HerthonCommand;
        var info = new System.Diagnostics.ProcessStartInfo(command[0], [.. command[1..], script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        using var p = System.Diagnostics.Process.Start(info)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var budget = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try { await p.WaitForExitAsync(budget.Token); }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail("the sweep did not finish in 5 minutes:\n" + await stdout);
        }
        string output = (await stdout).Replace("\r\n", "\n").TrimEnd();
        Assert.True(p.ExitCode == 0, $"exit {p.ExitCode}\n{output}\n{await stderr}");
        string last = output.Split('\n')[^1];
        Assert.True(last == "0 SystemErrors", output);
    }
}
