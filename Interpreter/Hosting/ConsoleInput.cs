namespace Herthon.Hosting;

/// <summary>
/// The process's standard input, opened on first use: Console.In sets up the terminal (7 ms of
/// CPU at start-up, 5 % of `herthon -c pass`) and most programs never read stdin.
/// </summary>
internal sealed class ConsoleInput : TextReader
{
    public static readonly ConsoleInput Instance = new();
    private ConsoleInput() { }

    private static TextReader In => Console.In;

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
