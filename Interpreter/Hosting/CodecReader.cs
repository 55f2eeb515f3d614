using System.Text;
using Herthon.Runtime;

namespace Herthon.Hosting;

/// <summary>
/// Standard input from a pipe or file decoded with a Python codec and error handler (sys.stdin under
/// HERTHONIOENCODING or the locale's surrogateescape): undecodable bytes become what the handler
/// says (lone surrogates, U+FFFD, or UnicodeDecodeError) instead of .NET's silent replacement.
/// utf-8, ascii and latin-1 decode in C#; other codecs through the registry's incremental decoder.
/// </summary>
internal sealed class CodecReader : TextReader
{
    private readonly Stream _stream;
    private readonly byte[] _chunk = new byte[8192];
    private byte[] _undecoded = [];
    private string _chars = "";
    private int _pos;
    private bool _eof;
    private string _encoding = "utf-8", _errors = "strict";
    private Codecs.Kind? _kind;
    private PyObject? _decoder;

    public CodecReader(Stream stream, string encoding, string errors)
    {
        _stream = stream;
        SetCodec(encoding, errors);
    }

    public void SetCodec(string encoding, string errors)
    {
        _encoding = encoding;
        _errors = errors;
        _kind = encoding switch { "utf-8" => Codecs.Kind.Utf8, "ascii" => Codecs.Kind.Ascii, "iso8859-1" or "latin-1" => Codecs.Kind.Latin1, _ => null };
        _decoder = null;
    }

    /// <summary>Decodes the next chunk; false at the end of input with nothing left.</summary>
    private bool Fill()
    {
        while (_pos >= _chars.Length)
        {
            if (_eof) return false;
            int n = _stream.Read(_chunk, 0, _chunk.Length);
            if (n == 0) _eof = true;
            byte[] data = [.. _undecoded, .. _chunk.AsSpan(0, n)];
            string text;
            if (_kind is { } k)
            {
                var (t, used) = Codecs.DecodeBytes(data, k, _errors, final: _eof);
                text = t;
                _undecoded = data[used..];
            }
            else
            {
                _decoder ??= Ops.Call(Ops.GetAttr(Codecs.TextCodec(_encoding, 1), "incrementaldecoder"), PyStr.From(_errors));
                text = Ops.Str(Ops.Invoke(_decoder, "decode", new PyBytes(data), PyBool.From(_eof)));
                _undecoded = [];
            }
            _chars = text;
            _pos = 0;
        }
        return true;
    }

    public override int Peek() => Fill() ? _chars[_pos] : -1;
    public override int Read() => Fill() ? _chars[_pos++] : -1;

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || !Fill()) return 0;
        int n = Math.Min(buffer.Length, _chars.Length - _pos);
        _chars.AsSpan(_pos, n).CopyTo(buffer);
        _pos += n;
        return n;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override string? ReadLine()
    {
        if (!Fill()) return null;
        var sb = new StringBuilder();
        while (Fill())
        {
            int nl = _chars.AsSpan(_pos).IndexOfAny('\n', '\r');
            if (nl < 0) { sb.Append(_chars, _pos, _chars.Length - _pos); _pos = _chars.Length; continue; }
            sb.Append(_chars, _pos, nl);
            char c = _chars[_pos + nl];
            _pos += nl + 1;
            if (c == '\r' && Fill() && _chars[_pos] == '\n') _pos++;
            return sb.ToString();
        }
        return sb.ToString();
    }

    public override string ReadToEnd()
    {
        var sb = new StringBuilder();
        while (Fill()) { sb.Append(_chars, _pos, _chars.Length - _pos); _pos = _chars.Length; }
        return sb.ToString();
    }
}
