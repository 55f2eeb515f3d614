using System.Runtime.InteropServices;
using System.Text;
using Herthon.Evaluation;
using Herthon.Hosting;

namespace Herthon.Runtime;

/// <summary>
/// The `readline` module over Debian's GNU readline (libreadline.so.8) through P/Invoke, as CPython's
/// Modules/readline.c: the same library gives the REPL the editing users know (cursor keys, Ctrl-A/E/K/U/W,
/// Ctrl-R search, ~/.inputrc) and history files in the same format as python3's. The line is read in
/// readline's callback mode from a poll loop that releases the GIL and notices Ctrl-C (SIGINT stays with
/// .NET's handler: rl_catch_signals is off), as CPython's readline_until_enter_or_signal.
/// </summary>
public static unsafe class ReadlineModule
{
    private const string Lib = "libreadline.so.8";
    private const int LcCtype = 0;
    private static nint s_lib;
    private static PyObject? s_completer, s_startupHook, s_preInputHook, s_displayHook;
    private static int s_begidx, s_endidx, s_historyLength = -1;
    private static bool s_autoHistory = true;
    private static byte* s_delims;
    // The line rlhandler received (null: EOF) and whether it was called.
    private static byte* s_line;
    private static bool s_lineDone;
    private static volatile bool s_resized;
    private static PosixSignalRegistration? s_sigwinch;

    /// <summary>True once the module was imported: the REPL then reads its lines through readline (CPython's PyOS_ReadlineFunctionPointer).</summary>
    internal static bool Loaded => s_lib != 0;

    private static T* Var<T>(string name) where T : unmanaged => (T*)NativeLibrary.GetExport(s_lib, name);

    public static PyModule Create()
    {
        if (s_lib == 0)
        {
            if (!NativeLibrary.TryLoad(Lib, out var lib)) throw Errors.ImportError("No module named 'readline'");
            s_lib = lib;
            Setup();
        }
        var m = new PyModule("readline");
        m.ModuleDict["__doc__"] = PyStr.From("Importing this module enables command line editing using GNU readline.");
        m.ModuleDict["_READLINE_VERSION"] = PyInt.From(0x0802);
        m.ModuleDict["_READLINE_RUNTIME_VERSION"] = PyInt.From(*Var<int>("rl_readline_version"));
        m.ModuleDict["_READLINE_LIBRARY_VERSION"] = PyStr.From(Decode(*Var<nint>("rl_library_version")));

        m.AddFunction("parse_and_bind", static (a, kw) =>
        {
            Args.Count("parse_and_bind", a, kw, 1, 1);
            var s = StrArg("parse_and_bind", a[0]);
            // rl_parse_and_bind modifies its argument: give it a malloc'd copy it may keep.
            byte* copy = Strdup(s);
            rl_parse_and_bind(copy);
            NativeMemory.Free(copy);
            return PyNone.Instance;
        });
        m.AddFunction("read_init_file", static (a, kw) => FileOp("read_init_file", a, kw, static f => rl_read_init_file(f)));
        m.AddFunction("read_history_file", static (a, kw) => FileOp("read_history_file", a, kw, static f => read_history(f)));
        m.AddFunction("write_history_file", static (a, kw) => FileOp("write_history_file", a, kw, static f =>
        {
            int err = write_history(f);
            if (err == 0 && s_historyLength >= 0) history_truncate_file(f, s_historyLength);
            return err;
        }));
        m.AddFunction("append_history_file", static (a, kw) =>
        {
            Args.Count("append_history_file", a, kw, 1, 2);
            int n = (int)Ops.IndexValue(a[0]);
            return FileOp("append_history_file", a[1..], kw, f =>
            {
                int err = append_history(n, f);
                if (err == 0 && s_historyLength >= 0) history_truncate_file(f, s_historyLength);
                return err;
            });
        });
        m.AddFunction("set_history_length", static (a, kw) => { Args.Count("set_history_length", a, kw, 1, 1); s_historyLength = (int)Ops.IndexValue(a[0]); return PyNone.Instance; });
        m.AddFunction("get_history_length", static (a, kw) => { Args.Count("get_history_length", a, kw, 0, 0); return PyInt.From(s_historyLength); });
        m.AddFunction("get_current_history_length", static (a, kw) => { Args.Count("get_current_history_length", a, kw, 0, 0); return PyInt.From(HistoryLength()); });
        m.AddFunction("get_history_item", static (a, kw) =>
        {
            Args.Count("get_history_item", a, kw, 1, 1);
            var e = history_get((int)Ops.IndexValue(a[0]));
            return e == null ? PyNone.Instance : PyStr.From(Decode(*(nint*)e));
        });
        m.AddFunction("remove_history_item", static (a, kw) =>
        {
            Args.Count("remove_history_item", a, kw, 1, 1);
            int i = (int)Ops.IndexValue(a[0]);
            if (i < 0) throw Errors.ValueError("History index cannot be negative");
            var e = remove_history(i);
            if (e == null) throw Errors.ValueError($"No history item at position {i}");
            free_history_entry(e);
            return PyNone.Instance;
        });
        m.AddFunction("replace_history_item", static (a, kw) =>
        {
            Args.Count("replace_history_item", a, kw, 2, 2);
            int i = (int)Ops.IndexValue(a[0]);
            if (i < 0) throw Errors.ValueError("History index cannot be negative");
            var line = StrArg("replace_history_item", a[1]);
            fixed (byte* p = Encode(line))
            {
                var old = replace_history_entry(i, p, null);
                if (old == null) throw Errors.ValueError($"No history item at position {i}");
                free_history_entry(old);
            }
            return PyNone.Instance;
        });
        m.AddFunction("add_history", static (a, kw) =>
        {
            Args.Count("add_history", a, kw, 1, 1);
            fixed (byte* p = Encode(StrArg("add_history", a[0]))) add_history(p);
            return PyNone.Instance;
        });
        m.AddFunction("clear_history", static (a, kw) => { Args.Count("clear_history", a, kw, 0, 0); clear_history(); return PyNone.Instance; });
        m.AddFunction("set_auto_history", static (a, kw) => { Args.Count("set_auto_history", a, kw, 1, 1); s_autoHistory = Ops.Truth(a[0]); return PyNone.Instance; });
        m.AddFunction("set_completer", static (a, kw) => { s_completer = Hook("set_completer", "completer", a, kw); return PyNone.Instance; });
        m.AddFunction("get_completer", static (a, kw) => { Args.Count("get_completer", a, kw, 0, 0); return s_completer ?? PyNone.Instance; });
        m.AddFunction("set_startup_hook", static (a, kw) => { s_startupHook = Hook("set_startup_hook", "startup_hook", a, kw); return PyNone.Instance; });
        m.AddFunction("set_pre_input_hook", static (a, kw) => { s_preInputHook = Hook("set_pre_input_hook", "pre_input_hook", a, kw); return PyNone.Instance; });
        m.AddFunction("set_completion_display_matches_hook", static (a, kw) =>
        {
            s_displayHook = Hook("set_completion_display_matches_hook", "completion_display_matches_hook", a, kw);
            *Var<nint>("rl_completion_display_matches_hook") = s_displayHook is null ? 0 : (nint)(delegate* unmanaged<byte**, int, int, void>)&OnDisplayMatches;
            return PyNone.Instance;
        });
        m.AddFunction("get_completion_type", static (a, kw) => { Args.Count("get_completion_type", a, kw, 0, 0); return PyInt.From(*Var<int>("rl_completion_type")); });
        m.AddFunction("get_begidx", static (a, kw) => { Args.Count("get_begidx", a, kw, 0, 0); return PyInt.From(s_begidx); });
        m.AddFunction("get_endidx", static (a, kw) => { Args.Count("get_endidx", a, kw, 0, 0); return PyInt.From(s_endidx); });
        m.AddFunction("set_completer_delims", static (a, kw) =>
        {
            Args.Count("set_completer_delims", a, kw, 1, 1);
            var old = s_delims;
            s_delims = Strdup(StrArg("set_completer_delims", a[0]));
            *Var<nint>("rl_completer_word_break_characters") = (nint)s_delims;
            NativeMemory.Free(old);
            return PyNone.Instance;
        });
        m.AddFunction("get_completer_delims", static (a, kw) => { Args.Count("get_completer_delims", a, kw, 0, 0); return PyStr.From(Decode(*Var<nint>("rl_completer_word_break_characters"))); });
        m.AddFunction("get_line_buffer", static (a, kw) => { Args.Count("get_line_buffer", a, kw, 0, 0); return PyStr.From(Decode(*Var<nint>("rl_line_buffer"))); });
        m.AddFunction("insert_text", static (a, kw) =>
        {
            Args.Count("insert_text", a, kw, 1, 1);
            fixed (byte* p = Encode(StrArg("insert_text", a[0]))) rl_insert_text(p);
            return PyNone.Instance;
        });
        m.AddFunction("redisplay", static (a, kw) => { Args.Count("redisplay", a, kw, 0, 0); rl_redisplay(); return PyNone.Instance; });
        return m;
    }

    /// <summary>CPython's setup_readline: TAB inserts itself until a program binds it (site's hook binds
    /// `tab: complete`), Esc-Tab completes, Python's word delimiters, and no bracketed paste.</summary>
    private static void Setup()
    {
        byte* saved = SaveLocale();
        *Var<nint>("rl_readline_name") = (nint)Strdup("python");   // `$if python` in ~/.inputrc applies as for python3
        *Var<int>("rl_catch_signals") = 0;
        *Var<int>("rl_catch_sigwinch") = 0;
        using_history();
        rl_bind_key('\t', NativeLibrary.GetExport(s_lib, "rl_insert"));
        nint complete = NativeLibrary.GetExport(s_lib, "rl_complete"), meta = NativeLibrary.GetExport(s_lib, "emacs_meta_keymap");
        rl_bind_key_in_map('\t', complete, meta);
        rl_bind_key_in_map(0x1b, complete, meta);
        *Var<nint>("rl_startup_hook") = (nint)(delegate* unmanaged<int>)&OnStartup;
        *Var<nint>("rl_pre_input_hook") = (nint)(delegate* unmanaged<int>)&OnPreInput;
        *Var<nint>("rl_attempted_completion_function") = (nint)(delegate* unmanaged<byte*, int, int, byte**>)&FlexComplete;
        s_delims = Strdup(" \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?");
        *Var<nint>("rl_completer_word_break_characters") = (nint)s_delims;
        if (isatty(1) == 0) Bind("enable-meta-key", "off");   // no "\e[1034h" into a redirected stdout
        rl_initialize();
        Bind("enable-bracketed-paste", "off");   // as CPython: pasted blocks run line by line
        RestoreLocale(saved);
        if (OperatingSystem.IsLinux()) s_sigwinch ??= PosixSignalRegistration.Create(PosixSignal.SIGWINCH, static _ => s_resized = true);
    }

    private static void Bind(string variable, string value)
    {
        fixed (byte* v = Encode(variable)) fixed (byte* x = Encode(value)) rl_variable_bind(v, x);
    }

    /// <summary>
    /// Reads one line with editing (the REPL's input when stdin and stdout are a terminal). Returns null at
    /// EOF (Ctrl-D on an empty line); Ctrl-C abandons the line and raises KeyboardInterrupt.
    /// </summary>
    internal static string? ReadLine(string prompt)
    {
        var ts = ThreadState.Current;
        byte* saved = SaveLocale();
        try
        {
            s_lineDone = false;
            s_line = null;
            fixed (byte* p = Encode(prompt)) rl_callback_handler_install(p, &OnLine);
            var fds = stackalloc int[2];   // struct pollfd { int fd; short events, revents; }
            while (!s_lineDone)
            {
                int ready;
                fds[0] = 0;
                fds[1] = 1;   // POLLIN
                using (Gil.Unlocked()) ready = poll(fds, 1, 100);
                if (ts.Pending != 0)
                {
                    try { ts.RunPending(); }
                    catch (PyException)
                    {
                        // Ctrl-C (or a signal handler's exception) abandons the line being edited.
                        rl_free_line_state();
                        rl_callback_sigcleanup();
                        rl_cleanup_after_signal();
                        rl_callback_handler_remove();
                        throw;
                    }
                }
                if (s_resized) { s_resized = false; rl_resize_terminal(); }
                if (ready > 0) rl_callback_read_char();
                else if (ready < 0 && Marshal.GetLastPInvokeError() != 4) { rl_callback_handler_remove(); return null; }   // not EINTR
            }
            if (s_line == null) return null;
            var line = Decode((nint)s_line);
            if (s_autoHistory && line.Length > 0)
            {
                // Like CPython, a line equal to the previous one is not added again.
                int n = HistoryLength();
                var last = n > 0 ? history_get(*Var<int>("history_base") + n - 1) : null;
                if (last == null || Decode(*(nint*)last) != line) add_history(s_line);
            }
            NativeMemory.Free(s_line);
            s_line = null;
            return line;
        }
        finally { RestoreLocale(saved); }
    }

    /// <summary>input() at a terminal once readline is loaded: the prompt is readline's, the line enters the history.</summary>
    internal static PyObject InputLine(string prompt)
    {
        Host.Current.FlushStdoutForInput();   // what print() wrote before input() shows above the prompt
        var line = ReadLine(prompt) ?? throw Errors.EOFError("EOF when reading a line");
        var result = PyStr.From(line);
        SysModule.Audit("builtins.input/result", result);
        return result;
    }

    [UnmanagedCallersOnly]
    private static void OnLine(byte* text)
    {
        s_line = text;
        s_lineDone = true;
        rl_callback_handler_remove();
    }

    /// <summary>rl_attempted_completion_function: start and end become str indices, matches come from the completer.</summary>
    [UnmanagedCallersOnly]
    private static byte** FlexComplete(byte* text, int start, int end)
    {
        *Var<int>("rl_completion_append_character") = 0;
        *Var<int>("rl_completion_suppress_append") = 0;
        var buffer = *Var<nint>("rl_line_buffer");
        s_begidx = CharCount(buffer, start);
        s_endidx = CharCount(buffer, end);
        return rl_completion_matches(text, &OnCompletion);
    }

    [UnmanagedCallersOnly]
    private static byte* OnCompletion(byte* text, int state)
    {
        if (s_completer is null) return null;
        *Var<int>("rl_attempted_completion_over") = 1;
        try
        {
            var r = Ops.Call(s_completer, [PyStr.From(Decode((nint)text)), PyInt.From(state)]);
            return r is PyNone ? null : Strdup(StrArg("completer", r));
        }
        catch (PyException) { return null; }   // as CPython: a failing completer offers nothing
    }

    [UnmanagedCallersOnly]
    private static void OnDisplayMatches(byte** matches, int count, int maxLength)
    {
        if (s_displayHook is null) return;
        try
        {
            var list = new PyList();
            for (int i = 1; i <= count; i++) list.Append(PyStr.From(Decode((nint)matches[i])));
            Ops.Call(s_displayHook, [PyStr.From(Decode((nint)matches[0])), list, PyInt.From(maxLength)]);
        }
        catch (PyException e) { Finalization.WriteUnraisable(e.Value, null, null); }
    }

    [UnmanagedCallersOnly] private static int OnStartup() => CallHook(s_startupHook);
    [UnmanagedCallersOnly] private static int OnPreInput() => CallHook(s_preInputHook);

    private static int CallHook(PyObject? hook)
    {
        if (hook is null) return 0;
        try { return Ops.Call(hook) is PyInt i ? (int)i.V : 0; }
        catch (PyException e) { Finalization.WriteUnraisable(e.Value, null, null); return 0; }
    }

    private static PyObject? Hook(string fn, string what, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.Count(fn, a, kw, 0, 1);
        if (a.Length == 0 || a[0] is PyNone) return null;
        if (!Builtins.IsCallable(a[0])) throw Errors.TypeError($"set_{what}(func): argument not callable");
        return a[0];
    }

    /// <summary>The history functions taking an optional file name (default ~/.history); a failure is OSError.</summary>
    private static PyObject FileOp(string fn, ReadOnlySpan<PyObject> a, string[]? kw, Func<nint, int> op)
    {
        Args.Count(fn, a, kw, 0, 1);
        int err;
        if (a.Length == 0 || a[0] is PyNone) err = op(0);
        else
        {
            var path = PosixModule.PathArg(fn, "filename", a[0]);
            fixed (byte* p = path.Bytes) err = op((nint)p);
        }
        if (err != 0) throw IoModule.OSErrorFor(err, null);   // CPython's names no file either
        return PyNone.Instance;
    }

    private static int HistoryLength()
    {
        var state = history_get_history_state();
        int n = ((int*)state)[3];   // HISTORY_STATE { HIST_ENTRY **entries; int offset; int length; ... }
        NativeMemory.Free(state);
        return n;
    }

    private static string StrArg(string fn, PyObject o) =>
        o is PyStr s ? s.V : throw Errors.TypeError($"{fn}() argument must be str, not {o.Type.Name}");

    private static byte[] Encode(string s) => [.. PosixModule.FsEncode(s), 0];

    private static byte* Strdup(string s)
    {
        var b = Encode(s);
        var p = (byte*)NativeMemory.Alloc((nuint)b.Length);
        b.CopyTo(new Span<byte>(p, b.Length));
        return p;
    }

    private static string Decode(nint p) => p == 0 ? "" : PosixModule.FsDecode(MemoryMarshal.CreateReadOnlySpanFromNullTerminated((byte*)p));

    private static int CharCount(nint p, int bytes) => p == 0 ? 0 : PosixModule.FsDecode(new ReadOnlySpan<byte>((byte*)p, bytes)).Length;

    // Readline needs the user's LC_CTYPE to edit multibyte characters; .NET leaves the C library in "C".
    private static byte* SaveLocale()
    {
        byte* cur = setlocale(LcCtype, null);
        byte* saved = cur == null ? null : (byte*)Strdup(Decode((nint)cur));
        fixed (byte* empty = "\0"u8) setlocale(LcCtype, empty);
        return saved;
    }

    private static void RestoreLocale(byte* saved)
    {
        if (saved == null) return;
        setlocale(LcCtype, saved);
        NativeMemory.Free(saved);
    }

    [DllImport(Lib)] private static extern int rl_initialize();
    [DllImport(Lib)] private static extern int rl_parse_and_bind(byte* line);
    [DllImport(Lib)] private static extern int rl_read_init_file(nint file);
    [DllImport(Lib)] private static extern int rl_variable_bind(byte* variable, byte* value);
    [DllImport(Lib)] private static extern int rl_bind_key(int key, nint function);
    [DllImport(Lib)] private static extern int rl_bind_key_in_map(int key, nint function, nint map);
    [DllImport(Lib)] private static extern void rl_callback_handler_install(byte* prompt, delegate* unmanaged<byte*, void> handler);
    [DllImport(Lib)] private static extern void rl_callback_read_char();
    [DllImport(Lib)] private static extern void rl_callback_handler_remove();
    [DllImport(Lib)] private static extern void rl_callback_sigcleanup();
    [DllImport(Lib)] private static extern void rl_free_line_state();
    [DllImport(Lib)] private static extern void rl_cleanup_after_signal();
    [DllImport(Lib)] private static extern void rl_resize_terminal();
    [DllImport(Lib)] private static extern int rl_insert_text(byte* text);
    [DllImport(Lib)] private static extern void rl_redisplay();
    [DllImport(Lib)] private static extern byte** rl_completion_matches(byte* text, delegate* unmanaged<byte*, int, byte*> generator);
    [DllImport(Lib)] private static extern void using_history();
    [DllImport(Lib)] private static extern void add_history(byte* line);
    [DllImport(Lib)] private static extern void clear_history();
    [DllImport(Lib)] private static extern void* history_get(int offset);
    [DllImport(Lib)] private static extern void* remove_history(int which);
    [DllImport(Lib)] private static extern void* replace_history_entry(int which, byte* line, void* data);
    [DllImport(Lib)] private static extern void* free_history_entry(void* entry);
    [DllImport(Lib)] private static extern void* history_get_history_state();
    [DllImport(Lib)] private static extern int read_history(nint file);
    [DllImport(Lib)] private static extern int write_history(nint file);
    [DllImport(Lib)] private static extern int append_history(int n, nint file);
    [DllImport(Lib)] private static extern int history_truncate_file(nint file, int lines);
    [DllImport("libc")] private static extern int isatty(int fd);
    [DllImport("libc", SetLastError = true)] private static extern int poll(int* fds, nuint n, int timeout);
    [DllImport("libc")] private static extern byte* setlocale(int category, byte* locale);
}
