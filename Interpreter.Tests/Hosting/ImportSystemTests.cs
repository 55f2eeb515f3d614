using Herthon.Hosting;
using Assert = Xunit.Assert;

namespace Herthon.Tests.Hosting;

/// <summary>What the corpus cannot compare with CPython: Herthon's own cache rules, -B, -X importtime, lazy importlib.</summary>
public class ImportSystemTests
{
    private static (int code, string stdout, string stderr) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = Host.RunMain(args, new StringReader(""), o, e);
        return (code, o.ToString(), e.ToString());
    }

    /// <summary>A folder with mod.py and prog.py; prog imports mod with sys.pycache_prefix in the folder.</summary>
    private static (string prog, string dir) Project(string body)
    {
        var dir = Directory.CreateTempSubdirectory("herthon-import-").FullName;
        File.WriteAllText(Path.Combine(dir, "mod.py"), "VALUE = 41 + 1\n");
        File.WriteAllText(Path.Combine(dir, "prog.py"),
            "import sys, importlib.util\n" +
            $"sys.pycache_prefix = {Quote(Path.Combine(dir, "cache"))}\n" +
            $"entry = importlib.util.cache_from_source({Quote(Path.Combine(dir, "mod.py"))})\n" + body);
        return (Path.Combine(dir, "prog.py"), dir);
    }

    private static string Quote(string s) => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'";

    [Fact]
    public void A_corrupt_entry_with_a_valid_header_is_ignored_and_rewritten()
    {
        // CPython trusts such an entry (and fails in marshal.loads); Herthon recompiles.
        var (prog, dir) = Project(
            "import mod, os\n" +
            "header = open(entry, 'rb').read(16)\n" +
            "open(entry, 'wb').write(header + b'\\xff\\x00 not marshal data')\n" +
            "del sys.modules['mod']\n" +
            "import mod\n" +
            "import marshal\n" +
            "data = open(entry, 'rb').read()\n" +
            "print(mod.VALUE, data[:16] == header, type(marshal.loads(data[16:])).__name__)\n");
        var (code, stdout, stderr) = Run(prog);
        Directory.Delete(dir, true);
        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        Assert.Equal("42 True code\n", stdout);
    }

    [Fact]
    public void Dash_B_reads_but_never_writes_the_cache()
    {
        var (prog, dir) = Project("import mod, os\nprint(mod.VALUE, os.path.exists(entry), sys.dont_write_bytecode, sys.flags.dont_write_bytecode)\n");
        var (code, stdout, stderr) = Run("-B", prog);
        Directory.Delete(dir, true);
        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        Assert.Equal("42 False True 1\n", stdout);
    }

    [Fact]
    public void Importtime_prints_cpythons_table_on_stderr()
    {
        var (prog, dir) = Project("import mod\n");
        var (code, _, stderr) = Run("-X", "importtime", prog);
        Directory.Delete(dir, true);
        Assert.Equal(0, code);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("import time: self [us] | cumulative | imported package", lines[0]);
        Assert.Matches(@"^import time: +\d+ \| +\d+ \| mod$", lines[^1]);
    }

    [Fact]
    public async Task Builtin_imports_do_not_load_importlib()
    {
        // -S: site.py imports os from the library, which is what loads importlib in a normal start.
        // A real start-up (the launcher), not Host.RunMain: in the test host earlier in-process runs
        // share process-wide state with this one, and what matters is what a fresh process imports.
        var info = new System.Diagnostics.ProcessStartInfo(Herthon.Tests.Probes.NativeEnvironment.Launcher)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "-S", "-c", "import sys, math, time; print(sorted(n for n in sys.modules if 'importlib' in n or n == 'zipimport'))" })
            info.ArgumentList.Add(a);
        using var p = System.Diagnostics.Process.Start(info)!;
        var stderr = p.StandardError.ReadToEndAsync();
        string stdout = await p.StandardOutput.ReadToEndAsync();
        Assert.True(p.WaitForExit(60_000), "herthon did not exit");
        Assert.True(p.ExitCode == 0, await stderr);
        Assert.Equal("[]\n", stdout);
    }
    [Fact]
    public void The_default_cache_has_a_folder_per_build_shared_by_both_importers()
    {
        // Builds differ in their magic; sharing one folder, each rewrote the other's entries at every
        // start. The default folder is $XDG_CACHE_HOME/herthon/build-<first 8 bytes of the build id>,
        // and importlib's cache_from_source names the path the native importer wrote.
        var dir = Directory.CreateTempSubdirectory("herthon-cachefolder-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "mod.py"), "VALUE = 41 + 1\n");
            string prog = Path.Combine(dir, "prog.py");
            File.WriteAllText(prog,
                "import sys, os, importlib.util\n" +
                $"sys.path.insert(0, {Quote(dir)})\n" +
                "import mod\n" +
                $"entry = importlib.util.cache_from_source({Quote(Path.Combine(dir, "mod.py"))})\n" +
                "print(mod.VALUE, sys.pycache_prefix, mod.__cached__ == entry, os.path.exists(entry), os.stat(entry).st_mtime_ns)\n" +
                "print(entry)\n");
            string cache = Path.Combine(dir, "cache");
            var first = Herthon.Tests.Probes.NativeEnvironment.Run("env", [$"XDG_CACHE_HOME={cache}", Herthon.Tests.Probes.NativeEnvironment.Launcher, prog]);
            Assert.True(first.ExitCode == 0, first.Error);
            var lines = first.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("42 None True True ", lines[0]);
            Assert.Matches("^" + System.Text.RegularExpressions.Regex.Escape(Path.Combine(cache, "herthon") + "/build-") + "[0-9a-f]{16}/" +
                System.Text.RegularExpressions.Regex.Escape(dir.TrimStart('/')) + "/mod\\.herthon-311\\.pyc$", lines[1]);
            Assert.Single(Directory.GetDirectories(Path.Combine(cache, "herthon")));
            // A second start reads the entry and leaves it as it was.
            var second = Herthon.Tests.Probes.NativeEnvironment.Run("env", [$"XDG_CACHE_HOME={cache}", Herthon.Tests.Probes.NativeEnvironment.Launcher, prog]);
            Assert.True(second.ExitCode == 0, second.Error);
            Assert.Equal(first.Output, second.Output);
        }
        finally { Directory.Delete(dir, true); }
    }
}
