using System.Text;

namespace Herthon.Runtime;

/// <summary>
/// The `binascii` module (CPython's Modules/binascii.c): hex, base64, uu, quoted-printable
/// (Binascii.Qp.cs), CRC-32 and CRC-CCITT.
/// </summary>
public static partial class BinasciiModule
{
    private static PyType? s_error, s_incomplete;

    public static PyModule Create()
    {
        var m = new PyModule("binascii");
        s_error ??= Errors.ModuleException("Error", "binascii", TypeObjects.ValueError);
        s_incomplete ??= Errors.ModuleException("Incomplete", "binascii", TypeObjects.Exception);
        m.Add("Error", s_error);
        m.Add("Incomplete", s_incomplete);

        m.AddFunction("hexlify", static (a, kw) => Hexlify("hexlify", a, kw));
        m.AddFunction("b2a_hex", static (a, kw) => Hexlify("b2a_hex", a, kw));
        m.AddFunction("unhexlify", static (a, kw) => Unhexlify("unhexlify", a, kw));
        m.AddFunction("a2b_hex", static (a, kw) => Unhexlify("a2b_hex", a, kw));
        m.AddFunction("a2b_base64", static (a, kw) =>
        {
            Args.OnlyKw("a2b_base64", kw, "strict_mode");
            if (Args.Positional(a, kw) != 1) throw Errors.TypeError($"a2b_base64() takes exactly 1 positional argument ({Args.Positional(a, kw)} given)");
            bool strict = Args.Kw(a, kw, "strict_mode") is { } s && Ops.Truth(s);
            return new PyBytes(A2bBase64(AsciiData(a[0]), strict));
        });
        m.AddFunction("b2a_base64", static (a, kw) =>
        {
            Args.OnlyKw("b2a_base64", kw, "newline");
            if (Args.Positional(a, kw) != 1) throw Errors.TypeError($"b2a_base64() takes exactly 1 positional argument ({Args.Positional(a, kw)} given)");
            bool newline = Args.Kw(a, kw, "newline") is not { } n || Ops.Truth(n);
            string s = Convert.ToBase64String(BytesMethods.AsBytes(a[0]));
            return new PyBytes(Encoding.ASCII.GetBytes(newline ? s + "\n" : s));
        });
        m.AddFunction("a2b_uu", static (a, kw) => { Args.Count("a2b_uu", a, kw, 1, 1); return new PyBytes(A2bUu(AsciiData(a[0]))); });
        m.AddFunction("b2a_uu", static (a, kw) =>
        {
            Args.OnlyKw("b2a_uu", kw, "backtick");
            if (Args.Positional(a, kw) != 1) throw Errors.TypeError($"b2a_uu() takes exactly 1 positional argument ({Args.Positional(a, kw)} given)");
            bool backtick = Args.Kw(a, kw, "backtick") is { } b && Ops.Truth(b);
            return new PyBytes(B2aUu(BytesMethods.AsBytes(a[0]), backtick));
        });
        m.AddFunction("crc32", static (a, kw) =>
        {
            Args.Count("crc32", a, kw, 1, 2);
            uint crc = a.Length > 1 ? (uint)(Ops.ToPyInt(a[1]).ToBig() & uint.MaxValue) : 0;
            return PyInt.From((long)Crc32(BytesMethods.AsBytes(a[0]), crc));
        });
        m.AddFunction("crc_hqx", static (a, kw) =>
        {
            Args.Count("crc_hqx", a, kw, 2, 2);
            uint crc = (uint)(Ops.ToPyInt(a[1]).ToBig() & 0xFFFF);
            return PyInt.From((long)CrcHqx(BytesMethods.AsBytes(a[0]), crc));
        });
        AddQuotedPrintable(m);
        return m;
    }

    private static PyException Error(string message) => Errors.Make(s_error!, message);

    /// <summary>The a2b_* functions take bytes-like objects or ASCII-only str (CPython's ascii_buffer_converter).</summary>
    private static byte[] AsciiData(PyObject o)
    {
        if (o is PyStr s)
        {
            foreach (char c in s.V)
                if (c > 127) throw Errors.ValueError("string argument should contain only ASCII characters");
            return Encoding.ASCII.GetBytes(s.V);
        }
        if (o is PyBytes or PyByteArray or IBufferExporter or PyMemoryView) return BytesMethods.AsBytes(o);
        throw Errors.TypeError($"argument should be bytes, buffer or ASCII string, not '{o.Type.Name}'");
    }

    private static PyObject Hexlify(string name, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.OnlyKw(name, kw, "data", "sep", "bytes_per_sep");
        int n = Args.Positional(a, kw);
        if (n > 3) throw Errors.TypeError($"{name}() takes at most 3 arguments ({n} given)");
        var data = n > 0 ? a[0] : Args.Kw(a, kw, "data") ?? throw Errors.TypeError($"{name}() missing required argument 'data' (pos 1)");
        var sep = n > 1 ? a[1] : Args.Kw(a, kw, "sep");
        var per = n > 2 ? a[2] : Args.Kw(a, kw, "bytes_per_sep");
        return new PyBytes(Encoding.ASCII.GetBytes(BytesMethods.Hex(BytesMethods.AsBytes(data), sep, per)));
    }

    private static PyObject Unhexlify(string name, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.Count(name, a, kw, 1, 1);
        var s = AsciiData(a[0]);
        if (s.Length % 2 != 0) throw Error("Odd-length string");
        var r = new byte[s.Length / 2];
        for (int i = 0; i < r.Length; i++)
        {
            int hi = HexValue(s[2 * i]), lo = HexValue(s[2 * i + 1]);
            if (hi < 0 || lo < 0) throw Error("Non-hexadecimal digit found");
            r[i] = (byte)(hi << 4 | lo);
        }
        return new PyBytes(r);
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    private static int Base64Value(byte c) => c switch
    {
        >= (byte)'A' and <= (byte)'Z' => c - 'A',
        >= (byte)'a' and <= (byte)'z' => c - 'a' + 26,
        >= (byte)'0' and <= (byte)'9' => c - '0' + 52,
        (byte)'+' => 62,
        (byte)'/' => 63,
        _ => -1,
    };

    /// <summary>CPython's decoder: non-alphabet characters are skipped (unless strict), decoding
    /// stops at a complete pad sequence, and a dangling quad is an error.</summary>
    private static byte[] A2bBase64(byte[] s, bool strict)
    {
        var output = new List<byte>(s.Length / 4 * 3);
        if (strict && s.Length > 0 && s[0] == '=') throw Error("Leading padding not allowed");
        int quadPos = 0, leftChar = 0, pads = 0;
        bool paddingStarted = false;
        for (int i = 0; i < s.Length; i++)
        {
            byte c = s[i];
            if (c == '=')
            {
                paddingStarted = true;
                if (strict && quadPos == 0) throw Error("Excess padding not allowed");
                if (quadPos >= 2 && quadPos + ++pads >= 4)
                {
                    if (strict && i + 1 < s.Length) throw Error("Excess data after padding");
                    return output.ToArray();
                }
                continue;
            }
            int v = Base64Value(c);
            if (v < 0)
            {
                if (strict) throw Error("Only base64 data is allowed");
                continue;
            }
            if (strict && paddingStarted) throw Error("Discontinuous padding not allowed");
            pads = 0;
            switch (quadPos)
            {
                case 0: quadPos = 1; leftChar = v; break;
                case 1: quadPos = 2; output.Add((byte)(leftChar << 2 | v >> 4)); leftChar = v & 0x0f; break;
                case 2: quadPos = 3; output.Add((byte)(leftChar << 4 | v >> 2)); leftChar = v & 0x03; break;
                default: quadPos = 0; output.Add((byte)(leftChar << 6 | v)); leftChar = 0; break;
            }
        }
        if (quadPos == 1)
            throw Error($"Invalid base64-encoded string: number of data characters ({output.Count / 3 * 4 + 1}) cannot be 1 more than a multiple of 4");
        if (quadPos != 0) throw Error("Incorrect padding");
        return output.ToArray();
    }

    private static byte[] A2bUu(byte[] s)
    {
        if (s.Length == 0) return new byte[32];   // CPython reads the terminating NUL as the length byte: (0 - 32) & 077
        int binLen = (s[0] - ' ') & 0x3f;
        var r = new byte[binLen];
        int pos = 0, i = 1, leftBits = 0, leftChar = 0;
        for (; pos < binLen; i++)
        {
            int c = i < s.Length ? s[i] : 0;
            // Whitespace (or the end of the line) stands for zero bits, as in CPython.
            if (c == '\n' || c == '\r' || i >= s.Length) c = 0;
            else
            {
                if (c < ' ' || c > ' ' + 64) throw Error("Illegal char");
                c = (c - ' ') & 0x3f;
            }
            leftChar = leftChar << 6 | c;
            leftBits += 6;
            if (leftBits >= 8)
            {
                leftBits -= 8;
                r[pos++] = (byte)(leftChar >> leftBits);
                leftChar &= (1 << leftBits) - 1;
            }
        }
        // Anything after the data must be padding: spaces, backticks, newlines, up to 'ABC...'-free garbage.
        for (; i < s.Length; i++)
        {
            byte c = s[i];
            if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') throw Error("Trailing garbage");
        }
        return r;
    }

    private static byte[] B2aUu(byte[] data, bool backtick)
    {
        if (data.Length > 45) throw Error("At most 45 bytes at once");
        var r = new List<byte>(2 + (data.Length + 2) / 3 * 4);
        byte Enc(int v) => (byte)(backtick && v == 0 ? '`' : ' ' + v);
        r.Add(Enc(data.Length & 0x3f));
        for (int i = 0; i < data.Length; i += 3)
        {
            int b0 = data[i], b1 = i + 1 < data.Length ? data[i + 1] : 0, b2 = i + 2 < data.Length ? data[i + 2] : 0;
            int v = b0 << 16 | b1 << 8 | b2;
            r.Add(Enc(v >> 18 & 0x3f)); r.Add(Enc(v >> 12 & 0x3f)); r.Add(Enc(v >> 6 & 0x3f)); r.Add(Enc(v & 0x3f));
        }
        r.Add((byte)'\n');
        return r.ToArray();
    }

    private static readonly uint[] Crc32Table = MakeCrc32Table();

    private static uint[] MakeCrc32Table()
    {
        var t = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }

    /// <summary>The CRC-32 of zlib and binascii (reflected polynomial 0xEDB88320), continuing from `crc`.</summary>
    public static uint Crc32(ReadOnlySpan<byte> data, uint crc)
    {
        crc = ~crc;
        foreach (byte b in data) crc = Crc32Table[(crc ^ b) & 0xff] ^ (crc >> 8);
        return ~crc;
    }

    /// <summary>CRC-CCITT (polynomial 0x1021, no reflection) as binascii.crc_hqx computes it.</summary>
    private static uint CrcHqx(byte[] data, uint crc)
    {
        foreach (byte b in data)
        {
            crc ^= (uint)b << 8;
            for (int k = 0; k < 8; k++) crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            crc &= 0xFFFF;
        }
        return crc;
    }
}
