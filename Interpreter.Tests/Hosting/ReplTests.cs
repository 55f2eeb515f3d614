using System.Diagnostics;
using Herthon.Tests.Probes;
using Assert = Xunit.Assert;

namespace Herthon.Tests.Hosting;

/// <summary>
/// The REPL at a real terminal: each test runs herthon in a tmux pane (a pseudo-terminal), types keys and
/// reads the screen, as a user would. Each tmux server has its own socket and each run its own HOME, so
/// tests neither share history nor see the user's ~/.inputrc (readline reads Debian's /etc/inputrc, which
/// binds Home and End as for python3).
/// </summary>
public class ReplTests
{
    private sealed class Terminal : IDisposable
    {
        private readonly string _socket = "herthon-repl-" + Guid.NewGuid().ToString("N")[..12];
        public readonly string Home;
        public readonly string Raw;

        public Terminal(string? home = null)
        {
            Home = home ?? Directory.CreateTempSubdirectory("herthon-repl-home-").FullName;
            Raw = Path.Combine(Home, "raw-output");
        }

        /// <summary>Starts herthon in a fresh 100x40 pane; the shell line after it reports the exit status.</summary>
        public void Start(string args = "", string env = "")
        {
            var launcher = File.Exists(NativeEnvironment.Launcher)
                ? NativeEnvironment.Launcher
                : "dotnet " + NativeEnvironment.HerthonDll;
            var command = $"env HOME={Home} PAGER=cat {env} {launcher} {args}; echo EXIT=$?; sleep 120";
            Tmux("new-session", "-d", "-x", "100", "-y", "40", command);
            Tmux("pipe-pane", "-o", $"cat >> {Raw}");
            WaitForPrompts(1);
        }

        public void Keys(params string[] keys) => Tmux(["send-keys", "-t", "0", .. keys]);

        /// <summary>Types literal text (no key names) and waits until it is echoed at the cursor's line.</summary>
        public void Type(string text)
        {
            Tmux("send-keys", "-t", "0", "-l", text);
            WaitUntil(s => LastLineOf(s).EndsWith(text.TrimEnd()), $"'{text}' echoed");
        }

        public void WaitUntilLastLine(string line) => WaitUntil(s => LastLineOf(s) == line.TrimEnd(), $"last line '{line}'");

        public string Screen() => Tmux("capture-pane", "-p", "-t", "0");

        /// <summary>The screen's last non-empty line (where the cursor's line is).</summary>
        public string LastLine() => LastLineOf(Screen());

        private static string LastLineOf(string screen) => screen.TrimEnd('\n', ' ').Split('\n')[^1].TrimEnd();

        public string WaitFor(string text, int timeoutMs = 30_000) => WaitUntil(s => s.Contains(text), $"'{text}'", timeoutMs);

        /// <summary>Waits until the last line is a fresh prompt after <paramref name="count"/> prompts in all.</summary>
        public string WaitForPrompts(int count) =>
            WaitUntil(s => s.Split('\n').Count(l => l.StartsWith(">>> ") || l == ">>>") >= count && s.TrimEnd('\n', ' ').EndsWith(">>>"), $"{count} prompts");

        private string WaitUntil(Func<string, bool> done, string what, int timeoutMs = 30_000)
        {
            var sw = Stopwatch.StartNew();
            while (true)
            {
                var screen = Screen();
                if (done(screen)) return screen;
                if (sw.ElapsedMilliseconds > timeoutMs) throw new TimeoutException($"waited {timeoutMs} ms for {what}; the screen:\n{screen}");
                Thread.Sleep(100);
            }
        }

        private string Tmux(params string[] args)
        {
            var (code, output, error) = NativeEnvironment.Run("tmux", ["-L", _socket, .. args], timeoutMs: 30_000);
            if (code != 0) throw new InvalidOperationException($"tmux {string.Join(' ', args)}: {error}");
            return output;
        }

        public void Dispose()
        {
            try { NativeEnvironment.Run("tmux", ["-L", _socket, "kill-server"], timeoutMs: 30_000); } catch (Exception) { }
        }
    }

    private static bool HasTmux => NativeEnvironment.HasTool("tmux");

    [Fact]
    public void Up_recalls_history_and_the_line_is_edited_in_place()
    {
        Assert.True(HasTmux, "tmux is needed to drive the REPL through a pseudo-terminal");
        using var t = new Terminal();
        t.Start();
        t.Type("value = 6 * 7");
        t.Keys("Enter");
        t.WaitForPrompts(2);
        t.Type("value + 1");
        t.Keys("Enter");
        t.WaitFor("43");
        t.WaitForPrompts(3);
        // Up twice brings back the assignment; Left/Home/End/Ctrl-K edit it.
        t.Keys("Up", "Up");
        t.WaitUntilLastLine(">>> value = 6 * 7");
        t.Keys("Left", "BSpace", "9");
        t.WaitUntilLastLine(">>> value = 6 *97");
        t.Keys("Home", "Right", "Right", "Right", "Right", "Right", "C-k");   // Ctrl-K cuts after "value"
        t.Type("_total = 6 * 5");
        t.Keys("C-a", "Right", "C-e", "End");
        t.WaitUntilLastLine(">>> value_total = 6 * 5");
        t.Keys("Enter");
        t.WaitForPrompts(4);
        // Ctrl-W cuts a word, Ctrl-U the whole line.
        t.Type("value_total - junk");
        t.Keys("C-w");
        t.WaitUntilLastLine(">>> value_total - ");
        t.Keys("BSpace", "BSpace", "BSpace", "Enter");
        t.WaitFor("30");
        t.WaitForPrompts(5);
        t.Type("this line is dropped");
        t.Keys("C-u");
        t.WaitUntilLastLine(">>>");
        // Ctrl-R searches the history backwards.
        t.Keys("C-r");
        t.Type("+ 1");
        Assert.Contains("(reverse-i-search)`+ 1': value + 1", t.LastLine());
        t.Keys("Enter");
        var screen = t.WaitForPrompts(6);
        Assert.Contains(">>> value + 1\n43\n>>> value_total = 6 * 5\n>>> value_total\n30\n>>> value + 1\n43\n>>>", screen);
    }

    [Fact]
    public void Tab_completes_names_attributes_and_keywords_through_rlcompleter()
    {
        Assert.True(HasTmux, "tmux is needed to drive the REPL through a pseudo-terminal");
        using var t = new Terminal();
        t.Start();
        t.Type("import collections");
        t.Keys("Enter");
        t.WaitForPrompts(2);
        t.Type("my_variable = 5");
        t.Keys("Enter");
        t.WaitForPrompts(3);
        t.Type("my_v");
        t.Keys("Tab");
        t.WaitUntilLastLine(">>> my_variable");
        t.Keys("C-u");
        t.Type("collections.Ordered");
        t.Keys("Tab");
        t.WaitUntilLastLine(">>> collections.OrderedDict(");
        t.Keys("C-u");
        t.Type("whil");
        t.Keys("Tab");
        t.WaitUntilLastLine(">>> while");
        t.Keys("C-u");
        // Two Tabs list the candidates.
        t.Type("import o");
        t.Keys("Tab", "Tab");
        var screen = t.WaitFor("ord(");
        Assert.Contains("oct(", screen);
        Assert.Contains("open(", screen);
        Assert.Contains("or ", screen);
    }

    [Fact]
    public void History_is_kept_in_herthon_history_between_sessions()
    {
        Assert.True(HasTmux, "tmux is needed to drive the REPL through a pseudo-terminal");
        string home;
        using (var first = new Terminal())
        {
            home = first.Home;
            first.Start();
            first.Type("remembered = 'from the first session'");
            first.Keys("Enter");
            first.WaitForPrompts(2);
            first.Keys("C-d");
            first.WaitFor("EXIT=0");
        }
        var history = File.ReadAllText(Path.Combine(home, ".herthon_history"));
        Assert.Contains("remembered = 'from the first session'\n", history);
        using var second = new Terminal(home);
        second.Start();
        second.Keys("Up");
        second.WaitUntilLastLine(">>> remembered = 'from the first session'");
        second.Keys("Enter");
        second.WaitForPrompts(2);
        second.Type("remembered");
        second.Keys("Enter");
        second.WaitFor("'from the first session'\n>>>");
    }

    [Fact]
    public void Ctrl_C_cancels_the_line_and_the_block_and_Ctrl_D_exits()
    {
        Assert.True(HasTmux, "tmux is needed to drive the REPL through a pseudo-terminal");
        using var t = new Terminal();
        t.Start();
        t.Type("for i in range(3):");
        t.Keys("Enter");
        t.WaitUntilLastLine("...");
        t.Type("    print('never')");
        t.Keys("C-c");
        t.WaitFor("KeyboardInterrupt");
        t.WaitForPrompts(2);
        t.Type("2 ** 10");
        t.Keys("Enter");
        t.WaitForPrompts(3);
        t.Type("_ + 1");   // `_` is the last value printed
        t.Keys("Enter");
        t.WaitFor("1025");
        t.WaitForPrompts(4);
        t.Keys("C-d");
        var screen = t.WaitFor("EXIT=0");
        Assert.DoesNotContain("never", screen.Replace("print('never')", ""));
        Assert.Contains(">>> for i in range(3):\n...     print('never')\nKeyboardInterrupt\n>>> ", screen);
    }

    [Fact]
    public void Startup_file_help_and_exit_work_as_in_cpython()
    {
        Assert.True(HasTmux, "tmux is needed to drive the REPL through a pseudo-terminal");
        using var t = new Terminal();
        var startup = Path.Combine(t.Home, "startup.py");
        File.WriteAllText(startup, "greeting = 'set by HERTHONSTARTUP'\n");
        t.Start(env: $"HERTHONSTARTUP={startup}");
        t.Type("greeting");
        t.Keys("Enter");
        t.WaitFor("'set by HERTHONSTARTUP'");
        t.WaitForPrompts(2);
        // input() at the terminal edits its line through readline too.
        t.Type("answer = input('answer? ')");
        t.Keys("Enter");
        t.WaitUntilLastLine("answer?");
        t.Type("yes");
        t.Keys("Home");
        t.Keys("-l", "oh ");
        t.WaitUntilLastLine("answer? oh yes");
        t.Keys("Enter");
        t.WaitForPrompts(3);
        t.Type("answer");
        t.Keys("Enter");
        t.WaitFor("'oh yes'");
        t.WaitForPrompts(4);
        t.Type("help(divmod)");
        t.Keys("Enter");
        t.WaitFor("Help on built-in function divmod in module builtins:");
        t.WaitForPrompts(5);
        t.Type("exit");
        t.Keys("Enter");
        t.WaitFor("Use exit() or Ctrl-D (i.e. EOF) to exit");
        t.WaitForPrompts(6);
        t.Type("exit(3)");
        t.Keys("Enter");
        t.WaitFor("EXIT=3");
    }

    [Fact]
    public void A_dumb_terminal_gets_plain_lines_without_escape_codes()
    {
        Assert.True(HasTmux, "tmux is needed to drive the REPL through a pseudo-terminal");
        using var t = new Terminal();
        t.Start(env: "TERM=dumb");
        t.Type("print('plain', 6 * 7)");
        t.Keys("Enter");
        t.WaitFor("plain 42");
        t.WaitForPrompts(2);
        t.Keys("C-d");
        t.WaitFor("EXIT=0");
        var raw = File.ReadAllText(t.Raw);
        Assert.Contains("plain 42", raw);
        Assert.False(raw.Contains('\u001b'), "escape codes in the output: " + raw.Replace("\u001b", "\\e"));
    }
}
