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
}
