namespace Herthon.Hosting;

/// <summary>
/// The process's standard input, opened on first use: Console.In sets up the terminal (7 ms of
/// CPU at start-up, 5 % of `herthon -c pass`) and most programs never read stdin. A terminal is
/// .NET's Console.In (the REPL's line reading when readline is not loaded); a pipe or a file is read
/// with read(2) on fd 0 (<see cref="DescriptorStream"/>), so Ctrl-C interrupts the wait with
/// KeyboardInterrupt and other threads run meanwhile.
/// </summary>
internal sealed class ConsoleInput : TextReader
{
    public static readonly ConsoleInput Instance = new();
    private ConsoleInput() { }

    private static TextReader? s_in;
    private static string s_encoding = "utf-8", s_errors = "strict";
    private static TextReader In => s_in ??= OperatingSystem.IsLinux() && Console.IsInputRedirected
        ? s_encoding == "utf-8" && s_errors == "strict"
            ? new StreamReader(new DescriptorStream(0), new System.Text.UTF8Encoding(false), detectEncodingFromByteOrderMarks: false)
            : new CodecReader(new DescriptorStream(0), s_encoding, s_errors)
        : Console.In;

    /// <summary>sys.stdin's codec (HERTHONIOENCODING, the locale) for a pipe or file; a terminal's lines are
    /// read by the REPL's own readers. Text already read stays as it was decoded.</summary>
    public void SetDecoding(string encoding, string errors)
    {
        s_encoding = encoding;
        s_errors = errors;
        if (s_in is CodecReader c) c.SetCodec(encoding, errors);
        else if (s_in is StreamReader { BaseStream: DescriptorStream } && !(encoding == "utf-8" && errors == "strict")) s_in = null;
    }

    /// <summary>True when reads wait without the GIL themselves (and are interruptible): a pipe or file on Linux.</summary>
    public bool WaitsItself => In is StreamReader { BaseStream: DescriptorStream } or CodecReader;

    /// <summary>True for the process's own standard input (this reader or Console.In), as opposed to a host's reader.</summary>
    public static bool IsProcessStdin(TextReader r) => r is ConsoleInput || ReferenceEquals(r, Console.In);

    public override int Peek() => In.Peek();
    public override int Read() => In.Read();
    public override int Read(char[] buffer, int index, int count) => In.Read(buffer, index, count);
    public override int Read(Span<char> buffer) => In.Read(buffer);
    public override int ReadBlock(char[] buffer, int index, int count) => In.ReadBlock(buffer, index, count);
    public override int ReadBlock(Span<char> buffer) => In.ReadBlock(buffer);
    public override string? ReadLine() => In.ReadLine();
    public override string ReadToEnd() => In.ReadToEnd();
    public override Task<string?> ReadLineAsync() => In.ReadLineAsync();
    public override Task<string> ReadToEndAsync() => In.ReadToEndAsync();
    public override Task<int> ReadAsync(char[] buffer, int index, int count) => In.ReadAsync(buffer, index, count);
}
