using System.Diagnostics;
using Herthon.Hosting;
using Herthon.Tests.Probes;
using Assert = Xunit.Assert;

namespace Herthon.Tests.Hosting;

/// <summary>
/// Finding CPython 3.11's standard library (Debian's libpython3.11-stdlib): it is searched last on
/// sys.path; HERTHONHOME moves it; without it Herthon still runs builtin-only programs and says how to
/// install the library. Run as child processes because the location is fixed once per process.
/// </summary>
public class StandardLibraryTests
{
    private static (int code, string stdout, string stderr) Herthon(string code, string? home)
    {
        string[] herthon = NativeEnvironment.HerthonCommand;
        var info = new ProcessStartInfo(herthon[0], [.. herthon[1..], "-c", code])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment.Remove("HERTHONHOME");
        if (home is not null) info.Environment["HERTHONHOME"] = home;
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(60_000), "herthon did not finish in 60 s");
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void Default_library_is_the_installed_cpython_311_and_comes_last_on_sys_path()
    {
        Assert.True(File.Exists("/usr/lib/python3.11/os.py"),
            "Debian's libpython3.11-stdlib is not installed (.ci/run and scripts/demo.sh install it)");
        var (code, stdout, stderr) = Herthon("import sys; print(sys.path[-1])", null);
        Assert.True(code == 0, stderr);
        Assert.Equal("/usr/lib/python3.11\n", stdout);
    }

    [Fact]
    public void Herthonhome_moves_the_library()
    {
        var prefix = Directory.CreateTempSubdirectory("herthon-home-").FullName;
        var lib = Directory.CreateDirectory(Path.Combine(prefix, "lib", "python3.11")).FullName;
        File.WriteAllText(Path.Combine(lib, "os.py"), "");
        File.WriteAllText(Path.Combine(lib, "only_here.py"), "print('from', __file__.rsplit('/', 3)[-3:])\n");
        var (code, stdout, stderr) = Herthon("import sys, only_here; print(sys.path[-1])", prefix);
        Assert.True(code == 0, stderr);
        Assert.Equal($"from ['lib', 'python3.11', 'only_here.py']\n{lib}\n", stdout);
    }

    [Fact]
    public void Without_a_library_builtin_programs_run_and_library_imports_say_how_to_install_it()
    {
        var empty = Directory.CreateTempSubdirectory("herthon-nohome-").FullName;
        var ok = Herthon("import math, sys; print(math.sqrt(16.0), sys.path[0] == '', [p[-4:] for p in sys.path[1:]])", empty);
        Assert.True(ok.code == 0, ok.stderr);
        Assert.Equal("4.0 True ['/Lib']\n", ok.stdout);   // '' for -c, then Herthon's own Lib; no stdlib entry

        var (code, _, stderr) = Herthon("import argparse", empty);
        Assert.Equal(1, code);
        Assert.Contains("ModuleNotFoundError: No module named 'argparse' (the standard library was not found at "
            + Path.Combine(empty, "lib", "python3.11") + ": install Debian's libpython3.11-stdlib", stderr);

        // A module that is not the standard library's keeps CPython's plain message.
        var other = Herthon("import no_such_module_here", empty);
        Assert.EndsWith("ModuleNotFoundError: No module named 'no_such_module_here'\n", other.stderr);
    }

    [Fact]
    public void Module_names_are_cpython_311s()
    {
        Assert.Contains("argparse", StandardLibrary.ModuleNames);
        Assert.Contains("_io", StandardLibrary.ModuleNames);
        Assert.DoesNotContain("herthon", StandardLibrary.ModuleNames);
        Assert.Equal(305, StandardLibrary.ModuleNames.Count);
    }

    /// <summary>Issue 10's list of 114 modules that everyday programs import.</summary>
    static readonly string[] EverydayModules =
    [
        "re", "string", "textwrap", "difflib", "unicodedata", "pprint", "reprlib", "datetime", "calendar",
        "collections", "collections.abc", "heapq", "bisect", "array", "weakref", "types", "copy", "enum",
        "graphlib", "numbers", "math", "cmath", "decimal", "fractions", "random", "statistics", "itertools",
        "functools", "operator", "pathlib", "os.path", "fnmatch", "glob", "tempfile", "shutil", "filecmp",
        "linecache", "pickle", "copyreg", "sqlite3", "csv", "configparser", "tomllib", "json", "base64",
        "binascii", "struct", "codecs", "zlib", "gzip", "bz2", "lzma", "zipfile", "tarfile", "hashlib",
        "hmac", "secrets", "os", "io", "time", "argparse", "getopt", "logging", "logging.handlers",
        "platform", "errno", "sys", "stat", "locale", "gettext", "threading", "queue", "concurrent.futures",
        "subprocess", "sched", "contextvars", "asyncio", "selectors", "signal", "socket", "email",
        "email.message", "email.utils", "mimetypes", "html", "html.parser", "xml.etree.ElementTree",
        "xml.dom.minidom", "urllib.parse", "urllib.request", "http.client", "uuid", "ipaddress", "typing",
        "unittest", "unittest.mock", "doctest", "traceback", "warnings", "dataclasses", "contextlib", "abc",
        "atexit", "inspect", "dis", "ast", "tokenize", "keyword", "timeit", "__future__", "importlib",
        "importlib.util", "pkgutil", "shlex"
    ];

    /// <summary>What does not import yet, and why (remove a name when its module lands).</summary>
    static readonly string[] NotYet = [];

    [Fact]
    public void Everyday_modules_import()
    {
        var code = "import importlib, sys\nfor m in sys.argv[1:] if len(sys.argv) > 1 else " + "[" + string.Join(",", EverydayModules.Select(m => $"'{m}'")) + "]" + @":
    try:
        importlib.import_module(m)
    except BaseException as e:
        print(m, type(e).__name__, str(e)[:200])
";
        var (exit, stdout, stderr) = Herthon(code, null);
        Assert.True(exit == 0, stderr);
        var failed = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var unexpected = failed.Where(line => !NotYet.Contains(line.Split(' ')[0])).ToList();
        Assert.True(unexpected.Count == 0, "modules that no longer import:\n" + string.Join("\n", unexpected));
        var nowImporting = NotYet.Where(m => !failed.Any(line => line.StartsWith(m + " "))).ToList();
        Assert.True(nowImporting.Count == 0, "these now import; remove them from NotYet: " + string.Join(", ", nowImporting));
        Assert.Equal(114, EverydayModules.Length);
    }
}
