using Herthon.Tests.Probes;
using Assert = Xunit.Assert;

namespace Herthon.Tests.Hosting;

/// <summary>
/// `_posixsubprocess.fork_exec` (fork and exec in C, Native/posixsubprocess.c) driven directly, the
/// way CPython's subprocess.py drives it: pipes dup2'ed onto the child's standard streams, the
/// errpipe protocol for exec and chdir failures, close_fds/pass_fds, and preexec_fn refused.
/// Run in a child process so that the children it forks are not the test host's.
/// </summary>
public class ForkExecTests
{
    // fork_exec(args, executable_list, close_fds, pass_fds, cwd, env, p2cread, p2cwrite, c2pread,
    //           c2pwrite, errread, errwrite, errpipe_read, errpipe_write, restore_signals,
    //           call_setsid, pgid_to_set, gid, extra_groups, uid, child_umask, preexec_fn, allow_vfork)
    const string Prelude = """
        import os, _posixsubprocess
        def spawn(args, exe=None, cwd=None, env=None, close_fds=True, pass_fds=(), stdin=-1, umask=-1, preexec=None):
            out_r, out_w = os.pipe()
            err_r, err_w = os.pipe()  # subprocess.py keeps errpipe_write open across close_fds too
            exes = [e.encode() for e in (exe or [args[0]])]
            pid = _posixsubprocess.fork_exec(
                [a.encode() for a in args], exes, close_fds, tuple(sorted({*pass_fds, err_w})), cwd, env,
                stdin, -1, out_r, out_w, -1, -1, err_r, err_w, True, False, -1, None, None, None, umask, preexec, True)
            os.close(out_w); os.close(err_w)
            chunks = []
            while True:
                b = os.read(out_r, 4096)
                if not b: break
                chunks.append(b)
            err = os.read(err_r, 4096)
            os.close(out_r); os.close(err_r)
            _, status = os.waitpid(pid, 0)
            return b''.join(chunks), err, os.waitstatus_to_exitcode(status)
        """;

    private static (int code, string stdout, string stderr) Run(string code)
    {
        string[] herthon = NativeEnvironment.HerthonCommand;
        return NativeEnvironment.Run(herthon[0], [.. herthon[1..], "-c", Prelude.Replace("\r", "") + "\n" + code], timeoutMs: 60_000);
    }

    [Fact]
    public void Child_output_and_exit_status_come_back()
    {
        var (code, stdout, stderr) = Run("""
            print(spawn(['/bin/sh', '-c', 'echo hi from $0; exit 3']))
            print(spawn(['/bin/sh', '-c', 'echo $GREETING; pwd; umask'], cwd='/', env=[b'GREETING=hello'], umask=0o27))
            print(spawn(['/bin/sh', '-c', 'kill -TERM $$']))
            """);
        Assert.True(code == 0, stderr);
        Assert.Equal("(b'hi from /bin/sh\\n', b'', 3)\n(b'hello\\n/\\n0027\\n', b'', 0)\n(b'', b'', -15)\n", stdout);
    }

    [Fact]
    public void Exec_and_chdir_failures_use_the_errpipe_protocol()
    {
        var (code, stdout, stderr) = Run("""
            print(spawn(['missing'], exe=['/no/such/dir/missing', '/also/missing']))
            print(spawn(['/etc/passwd']))
            print(spawn(['/bin/true'], cwd='/no/such/dir'))
            """);
        Assert.True(code == 0, stderr);
        // errno in hex; "noexec" when exec was never reached; the child exits with 255.
        Assert.Equal("(b'', b'OSError:2:', 255)\n(b'', b'OSError:d:', 255)\n(b'', b'OSError:2:noexec', 255)\n", stdout);
    }

    [Fact]
    public void Close_fds_closes_what_pass_fds_does_not_keep()
    {
        var (code, stdout, stderr) = Run("""
            r, w = os.pipe()
            os.set_inheritable(w, True)
            probe = ['/bin/sh', '-c', 'ls /proc/$$/fd']
            fd = str(w).encode()
            print(fd in spawn(probe, pass_fds=[w])[0].split(), fd in spawn(probe)[0].split(),
                  fd in spawn(probe, close_fds=False)[0].split())
            os.set_inheritable(w, False)
            print(fd in spawn(probe, close_fds=False)[0].split(), os.get_inheritable(w))
            """);
        Assert.True(code == 0, stderr);
        Assert.Equal("True False True\nFalse False\n", stdout);
    }

    [Fact]
    public void Preexec_fn_is_refused_with_a_python_error()
    {
        var (code, stdout, stderr) = Run("""
            try:
                spawn(['/bin/true'], preexec=lambda: None)
            except RuntimeError as e:
                print('RuntimeError:', e)
            """);
        Assert.True(code == 0, stderr);
        Assert.StartsWith("RuntimeError: preexec_fn is not supported by Herthon", stdout);
    }
}
