using System.Diagnostics;
using System.Text.RegularExpressions;
using static Herthon.Tests.Probes.NativeEnvironment;

namespace Herthon.Tests.Probes;

/// <summary>
/// Builds the shared-library variant (-p:WithDtrace=true -p:ProbesLibrary=shared, the
/// specification's --enable-shared case) into a temporary folder once per run
/// ($HERTHON_VARIANT_SHARED may point at a prebuilt output folder, e.g. out/shared).
/// </summary>
public sealed class SharedVariant : IDisposable
{
    private readonly string? _temp;

    public string Folder { get; }
    public string Launcher => Path.Combine(Folder, "herthon");
    public string Library => Path.Combine(Folder, "libherthon.so");

    public SharedVariant()
    {
        if (Environment.GetEnvironmentVariable("HERTHON_VARIANT_SHARED") is { Length: > 0 } prebuilt)
        {
            Folder = Path.GetFullPath(prebuilt);
            return;
        }
        _temp = Directory.CreateTempSubdirectory("herthon-shared").FullName;
        string project = Path.Combine(RepositoryRoot, "Interpreter", "Interpreter.csproj");
        var (code, output, error) = Run("dotnet", ["build", project, "-c", "Release", "-p:WithDtrace=true", "-p:ProbesLibrary=shared", "-p:HerthonReadyToRun=false", "-p:HerthonAot=false",
            "--artifacts-path", _temp, "-nologo", "-v", "q"], timeoutMs: 900_000);
        Assert.True(code == 0, $"building the shared-library variant failed:\n{output}\n{error}");
        Folder = Path.Combine(_temp, "bin", "Interpreter", "release");
        Assert.True(File.Exists(Library), $"the shared-library build did not produce {Library}:\n{output}");
    }

    public void Dispose()
    {
        if (_temp is not null)
            Directory.Delete(_temp, recursive: true);
    }
}

/// <summary>
/// The markers in libherthon.so: readelf sees them there and not in the launcher, bpftrace traces
/// real programs through the library, and SystemTap resolves process(...).library(...).mark(...).
/// </summary>
public class SharedLibraryTests(SharedVariant shared) : IClassFixture<SharedVariant>
{
    static SharedLibraryTests() => Environment.SetEnvironmentVariable("BPFTRACE_STRLEN", "128");

    [LauncherFact]
    public void Readelf_lists_every_marker_with_a_semaphore_in_libherthon_so_and_none_in_the_launcher()
    {
        var notes = LauncherTests.StapsdtNotes(shared.Library);
        Assert.All(notes, n => Assert.Equal("herthon", n.Provider));
        Assert.Equal(Markers.Order(), notes.Select(n => n.Name).Order());
        Assert.All(notes, n => Assert.True(n.Semaphore != 0, $"{n.Name} has no semaphore"));
        Assert.Equal(notes.Count, notes.Select(n => n.Semaphore).Distinct().Count());

        var (_, launcherNotes, _) = Run("readelf", ["-n", shared.Launcher]);
        Assert.DoesNotContain("stapsdt", launcherNotes);
        var (_, launcherSymbols, _) = Run("readelf", ["--dyn-syms", "-W", shared.Launcher]);
        Assert.DoesNotContain("herthon_marker_", launcherSymbols);
        Assert.DoesNotContain("_semaphore", launcherSymbols);
    }

    [LauncherFact]
    public void Libherthon_so_exports_the_semaphores_and_marker_functions_and_the_launcher_links_it_from_its_directory()
    {
        var (_, symbols, _) = Run("readelf", ["--dyn-syms", "-W", shared.Library]);
        foreach (string marker in Markers)
        {
            Assert.Matches($@"\sherthon_{marker}_semaphore\b", symbols);
            Assert.Matches($@"\sherthon_marker_{marker}\b", symbols);
        }
        var (_, dynamic, _) = Run("readelf", ["-d", shared.Launcher]);
        Assert.Contains("Shared library: [libherthon.so]", dynamic);
        Assert.Matches(@"(RUNPATH|RPATH)\)\s+Library r(un)?path: \[\$ORIGIN\]", dynamic);
    }

    [LauncherFact]
    public void Launcher_runs_from_any_directory_through_a_symlink_and_lists_the_library_as_the_markers_file()
    {
        string dir = Directory.CreateTempSubdirectory("herthon-shared-link").FullName;
        try
        {
            string link = Path.Combine(dir, "herthon");
            File.CreateSymbolicLink(link, shared.Launcher);
            var (code, output, error) = Run(link, ["-c", "print(6 * 7)"], dir);
            Assert.True(code == 0 && output.Trim() == "42", $"{code} {output} {error}");

            var listing = Run(link, ["--list-probes"], dir);
            Assert.Contains($"static markers of provider herthon in {shared.Library}", listing.Output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>
    /// Runs a bpftrace script system-wide with the library as $1 (bpftrace 0.17's -c cannot resolve
    /// a probe in a library the child has not mapped yet: "Error finding location for probe"), runs
    /// one program, detaches (SIGINT) and returns what bpftrace printed.
    /// </summary>
    private static string[] TraceSystemWide(string script, string library, string file, string[] args)
    {
        string dir = Directory.CreateTempSubdirectory("herthon-shared-trace").FullName;
        try
        {
            string ready = Path.Combine(dir, "script.bt");
            File.WriteAllText(ready, File.ReadAllText(EndToEndTracingTests.Script(script)) + "\nBEGIN { printf(\"READY\\n\"); }\n");
            // Read from a pipe, not -o: bpftrace 0.17 does not flush an -o file until it exits.
            var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
            var error = new System.Text.StringBuilder();
            using var bpftrace = Process.Start(new ProcessStartInfo("bpftrace", [ready, library])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            bpftrace.OutputDataReceived += (_, e) => { if (e.Data is not null) lines.Enqueue(e.Data); };
            bpftrace.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (error) error.AppendLine(e.Data); };
            bpftrace.BeginOutputReadLine();
            bpftrace.BeginErrorReadLine();
            try
            {
                var clock = Stopwatch.StartNew();
                while (!lines.Contains("READY"))
                {
                    Assert.False(bpftrace.HasExited, "bpftrace exited before attaching: " + error);
                    Assert.True(clock.ElapsedMilliseconds < 60_000, "bpftrace did not attach in 60 s: " + error);
                    Thread.Sleep(100);
                }

                var (code, programOutput, programError) = Run(file, args, EndToEndTracingTests.Programs);
                Assert.True(code == 0, $"{file} exited {code}:\n{programOutput}\n{programError}");

                // bpftrace 0.17 can miss a SIGINT between two epoll_waits: repeat it (see EndToEndTracingTests).
                clock.Restart();
                do
                {
                    Run("kill", ["-INT", bpftrace.Id.ToString()]);
                }
                while (!bpftrace.WaitForExit(500) && clock.ElapsedMilliseconds < 30_000);
                Assert.True(bpftrace.HasExited, "bpftrace did not exit on SIGINT within 30 s");
                bpftrace.WaitForExit();
            }
            finally
            {
                if (!bpftrace.HasExited)
                    bpftrace.Kill();
            }
            return lines.Select(l => l.Replace(EndToEndTracingTests.Programs + "/", "")).ToArray();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [EndToEndFact]
    public void Call_stack_traced_through_libherthon_so_matches_the_specification_example()
    {
        string[] all = TraceSystemWide("call_stack.bt", shared.Library, shared.Launcher, ["call_stack.py"]);
        string[] trace = all.Where(l => Regex.IsMatch(l, @"^\d+\t")).Select(l => Regex.Replace(l, @"^\d+\t", "")).ToArray();
        Assert.True(EndToEndTracingTests.Expected("call_stack.expected") == string.Join("\n", trace) + "\n",
            "bpftrace printed:\n" + string.Join("\n", all));
    }

    [EndToEndFact]
    public void Dotnet_Herthon_dll_of_the_shared_build_loads_libherthon_so_and_is_traced_through_it()
    {
        string[] all = TraceSystemWide("call_stack.bt", shared.Library, "dotnet", [Path.Combine(shared.Folder, "Herthon.dll"), "call_stack.py"]);
        string[] trace = all.Where(l => Regex.IsMatch(l, @"^\d+\t")).Select(l => Regex.Replace(l, @"^\d+\t", "")).ToArray();
        Assert.True(EndToEndTracingTests.Expected("call_stack.expected") == string.Join("\n", trace) + "\n",
            "bpftrace printed:\n" + string.Join("\n", all));
    }

    [EndToEndFact]
    public void Bpftrace_attaches_with_p_through_the_library_to_a_running_herthon()
    {
        using var herthon = Process.Start(new ProcessStartInfo(shared.Launcher, ["attach.py"])
        {
            WorkingDirectory = EndToEndTracingTests.Programs,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        })!;
        string Ask(string command)
        {
            herthon.StandardInput.WriteLine(command);
            herthon.StandardInput.Flush();
            return herthon.StandardOutput.ReadLine()!;
        }

        Assert.Equal("first", Ask("first"));
        string[] seen;
        using (var session = new EndToEndTracingTests.Session(herthon.Id, shared.Library))
        {
            Assert.Equal("second", Ask("second"));
            Thread.Sleep(500);
            seen = session.Detach();
        }
        herthon.StandardInput.WriteLine("quit");
        herthon.StandardInput.Flush();
        Assert.True(herthon.WaitForExit(30_000));
        Assert.Equal(0, herthon.ExitCode);
        Assert.Equal(["second"], seen);
    }

    private static (int Code, string Error) Stap(string script)
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, script);
            var (code, _, error) = Run("stap", ["-r", SystemTapScriptTests.StandInBuildDir.Value, "-p2", path]);
            return (code, error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [StapFact]
    public void Stap_resolves_process_library_mark_by_library_name_and_by_path_and_not_in_the_launcher()
    {
        const string body = "{ printf(\"%s %s %d\\n\", user_string($arg1), user_string($arg2), $arg3) }";
        foreach (string library in new[] { "libherthon.so", shared.Library })
        {
            var (code, error) = Stap($"probe process(\"{shared.Launcher}\").library(\"{library}\").mark(\"function__entry\") {body}");
            Assert.True(code == 0, $"stap -p2 with .library(\"{library}\") failed:\n{error}");
        }
        var (launcherOnly, _) = Stap($"probe process(\"{shared.Launcher}\").mark(\"function__entry\") {body}");
        Assert.NotEqual(0, launcherOnly);   // the launcher carries no markers in this variant
    }

    [StapFact]
    public void Install_script_binds_the_tapset_to_the_library_and_the_examples_resolve()
    {
        string prefix = Directory.CreateTempSubdirectory("herthon-shared-prefix").FullName;
        try
        {
            var install = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot, "scripts", "install.sh"), shared.Folder])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            install.Environment["PREFIX"] = prefix;
            using (var p = Process.Start(install)!)
            {
                var err = p.StandardError.ReadToEndAsync();
                var @out = p.StandardOutput.ReadToEndAsync();
                p.WaitForExit();
                Assert.True(p.ExitCode == 0, "install.sh failed: " + err.Result + @out.Result);
            }
            var (code, output, error) = Run(Path.Combine(prefix, "bin", "herthon"), ["-c", "print(6 * 7)"]);
            Assert.True(code == 0 && output.Trim() == "42", $"installed herthon: {code} {output} {error}");

            string tapsets = Path.Combine(prefix, "share", "systemtap", "tapset");
            string lib = Path.Combine(prefix, "lib", "herthon");
            Assert.Contains($"process(\"{lib}/herthon\").library(\"{lib}/libherthon.so\").mark(\"function__entry\")",
                File.ReadAllText(Path.Combine(tapsets, "herthon.stp")));
            foreach (string script in new[] { "call_stack.stp", "top.stp" })
            {
                var (stap, _, stapError) = Run("stap", ["-r", SystemTapScriptTests.StandInBuildDir.Value, "-I", tapsets, "-p2",
                    Path.Combine(prefix, "share", "herthon", "tracing", script)]);
                Assert.True(stap == 0, $"stap -p2 {script} with the installed shared-build tapset failed:\n{stapError}");
            }
        }
        finally
        {
            Directory.Delete(prefix, recursive: true);
        }
    }
}
