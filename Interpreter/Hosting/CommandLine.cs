namespace Herthon.Hosting;

/// <summary>
/// The `herthon` command line as CPython 3.11 reads its own (Python/getopt.c, Python/initconfig.c):
/// short options may be bundled (`-bOO`) and take their argument attached or as the next word
/// (`-Wignore`, `-W ignore`); `-c` and `-m` end the options; the HERTHON* variables (CPython's
/// PYTHON* ones) fill in what the options did not set, unless -E or -I says to ignore them.
/// </summary>
public sealed class CommandLine
{
    // sys.flags, as CPython counts them (repeatable options count up).
    public int Debug, Inspect, Interactive, Optimize, DontWriteBytecode, NoUserSite, NoSite, IgnoreEnvironment;
    public int Verbose, BytesWarning, Quiet, Isolated, WarnDefaultEncoding, SafePath;
    public int HashRandomization = 1, Utf8Mode = -1, IntMaxStrDigits = -1;   // Utf8Mode -1: as the locale says (StdioEncoding)
    public bool DevMode, Unbuffered, SkipFirstLine, NoDebugRanges, ImportTime;
    public int VersionRequests;
    public string? Help;                      // "help", "help-env", "help-xoptions", "help-all"
    public string CheckHashBasedPycs = "default";
    public string? PycachePrefix, PlatLibDir, IoEncoding, Startup, TraceMalloc;
    /// <summary>-X faulthandler, HERTHONFAULTHANDLER or -X dev: faulthandler enabled on stderr before the program runs.</summary>
    public bool FaultHandler;
    public readonly List<string> WarnOptions = [];
    public readonly List<(string Name, string? Value)> XOptions = [];
    /// <summary>Herthon's own: --dis (print the disassembly), --dis=adaptive (run, then print it with the
    /// specialised instructions the inline caches hold), --list-probes.</summary>
    public bool Dis, DisAdaptive, ListProbes;

    public string? Command, Module, Script;   // Script "-" is stdin
    public string[] Rest = [];

    /// <summary>The message of a usage error (printed before the usage line; exit status 2), or null.</summary>
    public string? Error;
    /// <summary>A fatal configuration error (CPython's "Fatal Python error: ..."; exit status 1), or null.</summary>
    public string? Fatal;

    private const string ShortOptions = "bBc:dEhiIJm:OPqRsStuvVW:xX:?";

    public static CommandLine Parse(string[] args, Func<string, string?> getenv)
    {
        var cl = new CommandLine();
        var cmdWarnings = new List<string>();
        int i = 0;
        for (; i < args.Length && cl.Error is null; i++)
        {
            var a = args[i];
            if (a == "-" || a.Length < 2 || a[0] != '-') break;
            if (a == "--") { i++; break; }
            if (a.StartsWith("--"))
            {
                var name = a[2..];
                switch (name)
                {
                    case "help": cl.Help ??= "help"; continue;
                    case "help-env" or "help-xoptions" or "help-all": cl.Help ??= name; continue;
                    case "version": cl.VersionRequests++; continue;
                    case "dis": cl.Dis = true; continue;
                    case "dis=adaptive": cl.DisAdaptive = true; continue;
                    case "list-probes": cl.ListProbes = true; continue;
                    case "check-hash-based-pycs":
                        if (++i >= args.Length) { cl.Error = "Argument expected for the --check-hash-based-pycs option"; break; }
                        if (args[i] is not ("default" or "always" or "never")) { cl.Error = "--check-hash-based-pycs must be one of 'default', 'always', or 'never'"; break; }
                        cl.CheckHashBasedPycs = args[i];
                        continue;
                }
                if (name.StartsWith("check-hash-based-pycs="))
                {
                    var v = name["check-hash-based-pycs=".Length..];
                    if (v is not ("default" or "always" or "never")) cl.Error = "--check-hash-based-pycs must be one of 'default', 'always', or 'never'";
                    else cl.CheckHashBasedPycs = v;
                    continue;
                }
                cl.Error ??= $"unknown option {a}";
                break;
            }
            bool ended = false;
            for (int k = 1; k < a.Length && cl.Error is null && !ended; k++)
            {
                char c = a[k];
                int at = ShortOptions.IndexOf(c);
                if (at < 0 || c == ':') { cl.Error = $"Unknown option: -{c}"; break; }
                string? arg = null;
                if (at + 1 < ShortOptions.Length && ShortOptions[at + 1] == ':')
                {
                    if (k + 1 < a.Length) arg = a[(k + 1)..];
                    else if (i + 1 < args.Length) arg = args[++i];
                    else { cl.Error = $"Argument expected for the -{c} option"; break; }
                    ended = true;   // the argument took the rest of the word
                }
                switch (c)
                {
                    case 'b': cl.BytesWarning++; break;
                    case 'B': cl.DontWriteBytecode = 1; break;
                    case 'c': cl.Command = arg; break;
                    case 'd': cl.Debug++; break;
                    case 'E': cl.IgnoreEnvironment = 1; break;
                    case 'h' or '?': cl.Help ??= "help"; break;
                    case 'i': cl.Inspect = cl.Interactive = 1; break;
                    case 'I': cl.Isolated = cl.IgnoreEnvironment = cl.NoUserSite = cl.SafePath = 1; break;
                    case 'J': cl.Error = "-J is reserved for Jython"; break;
                    case 'm': cl.Module = arg; break;
                    case 'O': cl.Optimize++; break;
                    case 'P': cl.SafePath = 1; break;
                    case 'q': cl.Quiet++; break;
                    case 'R': break;   // hash randomization is always on (CPython keeps -R for compatibility)
                    case 's': cl.NoUserSite = 1; break;
                    case 'S': cl.NoSite = 1; break;
                    case 't': break;   // ignored, as CPython
                    case 'u': cl.Unbuffered = true; break;
                    case 'v': cl.Verbose++; break;
                    case 'V': cl.VersionRequests++; break;
                    case 'W': cmdWarnings.Add(arg!); break;
                    case 'x': cl.SkipFirstLine = true; break;
                    case 'X': cl.AddXOption(arg!); break;
                }
                if (cl.Command is not null || cl.Module is not null) { ended = true; }
            }
            if (cl.Command is not null || cl.Module is not null) { i++; break; }
        }
        if (cl.Error is not null) return cl;
        if (cl.Command is null && cl.Module is null && i < args.Length) cl.Script = args[i++];
        cl.Rest = args[i..];
        cl.ReadEnvironment(getenv, cmdWarnings);
        return cl;
    }

    private void AddXOption(string option)
    {
        int eq = option.IndexOf('=');
        XOptions.Add(eq < 0 ? (option, null) : (option[..eq], option[(eq + 1)..]));
    }

    private string? XOption(string name)
    {
        for (int k = XOptions.Count - 1; k >= 0; k--) if (XOptions[k].Name == name) return XOptions[k].Value ?? "";
        return null;
    }

    /// <summary>The X options and variables, in CPython's order of precedence (an option beats its variable).</summary>
    private void ReadEnvironment(Func<string, string?> rawGetenv, List<string> cmdWarnings)
    {
        string? Env(string name) => IgnoreEnvironment != 0 ? null : rawGetenv("HERTHON" + name) is { Length: > 0 } v ? v : null;
        // CPython's _Py_get_env_flag: an integer value counts as itself, anything else as 1.
        void EnvFlag(ref int flag, string name)
        {
            if (Env(name) is not { } v) return;
            int value = int.TryParse(v, out var n) && n >= 0 ? n : 1;
            if (flag < value) flag = value;
        }
        EnvFlag(ref Debug, "DEBUG");
        EnvFlag(ref Verbose, "VERBOSE");
        EnvFlag(ref Optimize, "OPTIMIZE");
        EnvFlag(ref Inspect, "INSPECT");
        EnvFlag(ref DontWriteBytecode, "DONTWRITEBYTECODE");
        EnvFlag(ref NoUserSite, "NOUSERSITE");
        int unbuffered = Unbuffered ? 1 : 0;
        EnvFlag(ref unbuffered, "UNBUFFERED");
        Unbuffered = unbuffered != 0;
        if (Env("SAFEPATH") is not null) SafePath = 1;
        if (Env("WARNDEFAULTENCODING") is not null) WarnDefaultEncoding = 1;
        if (Env("NODEBUGRANGES") is not null) NoDebugRanges = true;
        if (Env("PROFILEIMPORTTIME") is not null) ImportTime = true;
        Startup = Env("STARTUP");
        PlatLibDir = Env("PLATLIBDIR");
        IoEncoding = Env("IOENCODING");

        if (XOption("dev") is not null || Env("DEVMODE") is not null) DevMode = true;
        FaultHandler = DevMode || XOption("faulthandler") is not null || Env("FAULTHANDLER") is not null;
        if (XOption("importtime") is not null) ImportTime = true;
        if (XOption("warn_default_encoding") is not null) WarnDefaultEncoding = 1;
        if (XOption("no_debug_ranges") is not null) NoDebugRanges = true;

        if (XOption("utf8") is { } utf8)
        {
            if (utf8 is "" or "1") Utf8Mode = 1;
            else if (utf8 == "0") Utf8Mode = 0;
            else Fatal ??= "preconfig_init_utf8_mode: invalid -X utf8 option value";
        }
        else if (Env("UTF8") is { } u)
        {
            if (u == "1") Utf8Mode = 1;
            else if (u == "0") Utf8Mode = 0;
            else Fatal ??= "preconfig_init_utf8_mode: invalid HERTHONUTF8 environment variable value";
        }

        if (XOption("int_max_str_digits") is { } digits)
        {
            if (!TryDigits(digits, out IntMaxStrDigits))
                Fatal ??= "config_init_int_max_str_digits: -X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.";
        }
        else if (Env("INTMAXSTRDIGITS") is { } d && !TryDigits(d, out IntMaxStrDigits))
            Fatal ??= "config_init_int_max_str_digits: HERTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited.";

        if (XOption("pycache_prefix") is { } prefix) PycachePrefix = prefix.Length > 0 ? prefix : null;
        else PycachePrefix = Env("PYCACHEPREFIX");

        if (XOption("frozen_modules") is { } frozen && frozen is not ("on" or "off"))
            Fatal ??= "bad value for option -X frozen_modules (expected \"on\" or \"off\")";

        if (XOption("tracemalloc") is { } tm)
        {
            if (tm.Length > 0 && !(int.TryParse(tm, out var n) && n is >= 1 and <= 65535))
                Fatal ??= "config_init_tracemalloc: -X tracemalloc=NFRAME: invalid number of frames";
            else TraceMalloc = tm.Length > 0 ? tm : "1";
        }
        else if (Env("TRACEMALLOC") is { } tme)
        {
            if (!(int.TryParse(tme, out var n) && n is >= 1 and <= 65535))
                Fatal ??= "config_init_tracemalloc: HERTHONTRACEMALLOC: invalid number of frames";
            else TraceMalloc = tme;
        }

        if (Env("HASHSEED") is { } seed)
        {
            if (seed != "random")
            {
                if (!ulong.TryParse(seed, out var s) || s > 4294967295)
                    Fatal ??= "config_init_hash_seed: HERTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]";
                else if (s == 0) HashRandomization = 0;
            }
        }

        // sys.warnoptions: -X dev's "default", then HERTHONWARNINGS (comma-separated), then -W, then -b's filter.
        if (DevMode) WarnOptions.Add("default");
        if (Env("WARNINGS") is { } w)
            foreach (var part in w.Split(','))
                if (part.Length > 0) WarnOptions.Add(part);
        WarnOptions.AddRange(cmdWarnings);
        if (BytesWarning > 1) WarnOptions.Add("error::BytesWarning");
        else if (BytesWarning == 1) WarnOptions.Add("default::BytesWarning");
    }

    private static bool TryDigits(string text, out int digits)
    {
        digits = -1;
        if (!int.TryParse(text, out var n) || (n != 0 && n < 640)) return false;
        digits = n;
        return true;
    }

    /// <summary>sys._xoptions: name to value, True for a bare name.</summary>
    public Runtime.PyDict XOptionsDict()
    {
        var d = new Runtime.PyDict();
        foreach (var (name, value) in XOptions)
            d[name] = value is null ? Runtime.PyBool.True : Runtime.PyStr.From(value);
        return d;
    }
}
