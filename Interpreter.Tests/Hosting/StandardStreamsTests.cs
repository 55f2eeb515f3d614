using Herthon.Tests.Probes;
using Assert = Xunit.Assert;

namespace Herthon.Tests.Hosting;

/// <summary>
/// The process's standard output as a shell sees it: output shares the descriptor's offset with
/// the other writers of a redirected file, and a reader that goes away is a BrokenPipeError
/// (exit 1) as in CPython. Run through /bin/sh so the descriptors are the shell's, not the test host's.
/// </summary>
public class StandardStreamsTests
{
    private static (int code, string stdout, string stderr) Shell(string script)
    {
        return NativeEnvironment.Run("/bin/sh", ["-c", script.Replace("HERTHON", NativeEnvironment.HerthonShellCommand)], timeoutMs: 60_000);
    }

    [Fact]
    public void Output_redirected_to_a_file_continues_at_the_shells_offset()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("herthon-streams-").FullName, "log");
        var (code, _, stderr) = Shell($"(echo one; HERTHON -c \"print('two'); print('2b')\"; echo three) > '{file}'");
        Assert.True(code == 0, stderr);
        Assert.Equal("one\ntwo\n2b\nthree\n", File.ReadAllText(file));
    }

    [Fact]
    public void A_closed_pipe_is_a_BrokenPipeError_with_exit_status_1()
    {
        // sh reports a pipeline's last status; the group reports herthon's own on stderr
        var (_, stdout, stderr) = Shell("{ HERTHON -c \"for i in range(200000): print(i)\"; echo \"status=$?\" >&2; } | head -1");
        Assert.Equal("0\n", stdout);
        Assert.Contains("BrokenPipeError: [Errno 32] Broken pipe", stderr);
        Assert.Contains("status=1", stderr);
        Assert.DoesNotContain("   at ", stderr); // no .NET stack trace
    }
}
