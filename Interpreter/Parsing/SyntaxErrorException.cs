namespace Herthon.Parsing;

public enum SyntaxErrorKind { SyntaxError, IndentationError, TabError }

/// <summary>
/// Raised by the tokenizer, parser and compiler. The runtime turns it into a Python
/// SyntaxError (or IndentationError/TabError) printed like CPython:
/// <code>
///   File "f.py", line 3
///     x = (1 +
///         ^
/// SyntaxError: '(' was never closed
/// </code>
/// Line is 1-based; Col and EndCol are 1-based character offsets into SourceLine as CPython's
/// SyntaxError.offset/end_offset (0 = unknown).
/// </summary>
public sealed class SyntaxErrorException(string message, string filename, int line, int col,
    string? sourceLine, int endCol = 0, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError) : Exception(message)
{
    public string Msg { get; } = message;
    public string FileName { get; } = filename;
    public int LineNo { get; } = line;
    public int Offset { get; } = col;
    public int EndOffset { get; } = endCol;
    public string? SourceLine { get; } = sourceLine;
    public SyntaxErrorKind Kind { get; } = kind;

    /// <summary>The line the error's range ends on (SyntaxError.end_lineno); 0 means <see cref="LineNo"/>.
    /// When it is a later line, <see cref="EndOffset"/> is a column of that line, as in CPython.</summary>
    public int EndLineNo { get; init; }

    /// <summary>True when the input ended while a construct was still open (an unclosed bracket,
    /// a compound statement header with no body yet, an unterminated triple-quoted string):
    /// the REPL then asks for more lines with the `... ` prompt instead of reporting the error.</summary>
    public bool IsIncompleteInput { get; init; }

    /// <summary>The same error with <paramref name="text"/> as its SyntaxError.text.</summary>
    public SyntaxErrorException WithText(string? text) =>
        new(Msg, FileName, LineNo, Offset, text, EndOffset, Kind) { EndLineNo = EndLineNo, IsIncompleteInput = IsIncompleteInput };

    /// <summary>
    /// Line <paramref name="line"/> of the file <paramref name="filename"/> names, with its newline,
    /// or null when there is no such file or line: CPython's PyErr_ProgramTextObject, which gives
    /// the text of the compiler's errors (a source that is not a file has none) and of the
    /// parser's in "exec" mode. Read only when an error is raised.
    /// </summary>
    public static string? FileLine(string filename, int line)
    {
        if (line < 1 || filename.Length == 0 || filename[0] == '<') return null;
        try
        {
            if (!File.Exists(filename)) return null;
            using var reader = new StreamReader(filename, new System.Text.UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: false);
            var sb = new System.Text.StringBuilder();
            int n = 1, c;
            while ((c = reader.Read()) >= 0)
            {
                if (c == '\r')
                {
                    if (reader.Peek() == '\n') reader.Read();
                    c = '\n';
                }
                if (n == line) sb.Append((char)c);
                if (c == '\n' && ++n > line) break;
            }
            return n >= line && sb.Length > 0 ? sb.ToString() : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
