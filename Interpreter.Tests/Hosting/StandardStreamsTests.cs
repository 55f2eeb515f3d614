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

    /// <summary>
    /// A standard descriptor closed when the process starts (`<&-`, `>&-`, `2>&-`; test_subprocess's
    /// test_swap_std_fds_with_one_closed) makes that sys stream None, as CPython's create_stdio does; with
    /// stderr closed Herthon used to abort (SIGABRT) before running anything. Each line is compared with
    /// /usr/bin/python3.11's, run the same way.
    /// </summary>
    [Theory]
    [InlineData("<&-", "import sys, os; os.write(1, repr(sys.stdin).encode() + b' ' + repr(sys.__stdin__).encode() + b'\\n')")]
    [InlineData(">&-", "import sys, os; os.write(2, repr(sys.stdout).encode() + b' ' + repr(sys.__stdout__).encode() + b'\\n'); print('lost')")]
    [InlineData("2>&-", "import sys, os; os.write(1, repr(sys.stderr).encode() + b' ' + repr(sys.__stderr__).encode() + b'\\n'); print('out', file=sys.stderr); print('ok')")]
    [InlineData("2>&-", "print('before'); 1/0")]
    public void A_closed_standard_descriptor_gives_None(string redirect, string code)
    {
        string Run(string interpreter)
        {
            var (status, stdout, stderr) = Shell($"{interpreter} -c \"{code}\" {redirect}; echo status=$?");
            Assert.DoesNotContain("   at ", stderr);
            return stdout + "|" + stderr;
        }
        Assert.Equal(Run("/usr/bin/python3.11"), Run("HERTHON"));
    }
}
