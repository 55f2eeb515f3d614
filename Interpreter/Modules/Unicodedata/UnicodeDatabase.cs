using System.IO.Compression;
using System.Text;

namespace Herthon.Runtime;

/// <summary>
/// The Unicode Character Database (14.0.0, CPython 3.11's) behind `unicodedata` and \N{...}: read
/// on first use from the resource Tools/unicodedata/mkucd.pl builds from Perl's copy of the UCD.
/// Per-code-point properties are deduplicated records (as CPython's makeunicodedata.py lays them out).
/// </summary>
public sealed class UnicodeDatabase
{
    public const string Version = "14.0.0";

    private static UnicodeDatabase? s_instance;
    private static readonly object s_lock = new();

    public static UnicodeDatabase Instance
    {
        get
        {
            if (s_instance is { } db) return db;
            lock (s_lock) return s_instance ??= Load();
        }
    }

    /// <summary>One distinct combination of the enumerated properties.</summary>
    public readonly record struct Record(byte Category, byte Bidi, byte Combining, byte Width, bool Mirrored,
        bool CompositionExcluded, bool In32, Flags Flags);

    /// <summary>The derived properties str's methods ask about.</summary>
    [Flags]
    public enum Flags : byte { Lower = 1, Upper = 2, Cased = 4, CaseIgnorable = 8, XidStart = 16, XidContinue = 32 }

    // Index 0 of each name list is an unassigned character's value (as CPython's record 0).
    public static readonly string[] Categories =
        ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co",
         "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"];
    public static readonly string[] BidiNames =
        ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B",
         "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"];
    public static readonly string[] WidthNames = ["F", "H", "W", "Na", "A", "N"];

    private ushort[] _recordOf = [];
    private Record[] _records = [];

    private readonly Dictionary<int, string> _names = [];
    private Dictionary<string, int>? _codes;
    private readonly Dictionary<string, int> _aliases = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _sequences = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(int Start, int End)> _cjk = [];
    private readonly Dictionary<int, (string? Tag, int[] To)> _decompositions = [];
    private readonly Dictionary<int, (char Type, double Value)> _numerics = [];
    private readonly Dictionary<long, int> _compositions = [];

    public Record Get(int cp) =>
        (uint)cp > 0x10FFFF ? default : _records[_recordOf[cp]];

    private static UnicodeDatabase Load()
    {
        using var stream = typeof(UnicodeDatabase).Assembly.GetManifestResourceStream("Herthon.ucd.gz")
            ?? throw Errors.ImportError("the Unicode database was not built into Herthon (the build needs perl's Unicode::UCD: Debian perl-modules-5.36)");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        var text = new MemoryStream(1 << 21);
        gzip.CopyTo(text);
        return new UnicodeDatabase(text.ToArray());
    }

    // The decompressed text, its sections by name; names, decompositions and numeric values are
    // parsed only when first asked for (\N{...} needs only the names).
    private readonly byte[] _text;
    private readonly Dictionary<string, (int Start, int End)> _sections = [];
    private bool _namesLoaded, _decompositionsLoaded, _numericsLoaded;

    private UnicodeDatabase(byte[] text)
    {
        _text = text;
        string? name = null;
        int start = 0;
        for (int i = 0; i < text.Length;)
        {
            int nl = Array.IndexOf(text, (byte)'\n', i);
            if (nl < 0) nl = text.Length;
            if (text[i] == '@')
            {
                if (name is not null) _sections[name] = (start, i);
                name = Encoding.ASCII.GetString(text, i + 1, nl - i - 1);
                start = nl + 1;
            }
            i = nl + 1;
        }
        if (name is not null) _sections[name] = (start, text.Length);
        var version = Section("version").TrimEnd((byte)'\n');
        if (!version.SequenceEqual(Encoding.ASCII.GetBytes(Version)))
            throw Errors.ImportError($"the built-in Unicode database is {Encoding.ASCII.GetString(version)}, not {Version}");
        BuildRecords();
    }

    private ReadOnlySpan<byte> Section(string name) =>
        _sections.TryGetValue(name, out var r) ? _text.AsSpan(r.Start, r.End - r.Start) : throw Errors.ImportError($"the built-in Unicode database has no {name} table");

    /// <summary>The next line of `rest` split at its first space (key, value); false at the end.</summary>
    private static bool NextLine(ref ReadOnlySpan<byte> rest, out ReadOnlySpan<byte> key, out ReadOnlySpan<byte> value)
    {
        if (rest.IsEmpty) { key = value = default; return false; }
        int nl = rest.IndexOf((byte)'\n');
        var line = nl < 0 ? rest : rest[..nl];
        rest = nl < 0 ? default : rest[(nl + 1)..];
        int sp = line.IndexOf((byte)' ');
        key = sp < 0 ? line : line[..sp];
        value = sp < 0 ? default : line[(sp + 1)..];
        return true;
    }

    private static int Hex(ReadOnlySpan<byte> s)
    {
        int v = 0;
        foreach (var b in s) v = v * 16 + (b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10);
        return v;
    }

    private static string Ascii(ReadOnlySpan<byte> s) => Encoding.ASCII.GetString(s);

    private void EnsureNames()
    {
        if (Volatile.Read(ref _namesLoaded)) return;
        lock (this)
        {
            if (_namesLoaded) return;
            var rest = Section("names");
            while (NextLine(ref rest, out var k, out var v)) _names[Hex(k)] = Ascii(v);
            rest = Section("alias");
            while (NextLine(ref rest, out var k, out var v)) _aliases.TryAdd(Ascii(v), Hex(k));
            rest = Section("cjk");
            while (NextLine(ref rest, out var k, out var v)) _cjk.Add((Hex(k), Hex(v)));
            // "NAME CP CP ...": the name is what precedes the first code point (names have no 4-digit hex words).
            foreach (var line in Ascii(Section("seq")).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = line.Split(' ');
                int n = parts.Length - 1;
                while (n > 0 && parts[n].Length >= 4 && IsHex(parts[n])) n--;
                var sb = new StringBuilder();
                for (int i = n + 1; i < parts.Length; i++) sb.Append(char.ConvertFromUtf32(Convert.ToInt32(parts[i], 16)));
                _sequences[string.Join(' ', parts, 0, n + 1)] = sb.ToString();
            }
            var codes = new Dictionary<string, int>(_names.Count);
            foreach (var (cp, name) in _names) codes[name] = cp;
            _codes = codes;
            Volatile.Write(ref _namesLoaded, true);
        }
    }

    private void EnsureDecompositions()
    {
        if (Volatile.Read(ref _decompositionsLoaded)) return;
        lock (this)
        {
            if (_decompositionsLoaded) return;
            var rest = Section("decomp");
            var to0 = new List<int>();
            while (NextLine(ref rest, out var k, out var v))
            {
                // "TAG CP CP ..."
                int sp = v.IndexOf((byte)' ');
                var tag = v[..sp];
                to0.Clear();
                for (var cps = v[(sp + 1)..]; !cps.IsEmpty;)
                {
                    int next = cps.IndexOf((byte)' ');
                    to0.Add(Hex(next < 0 ? cps : cps[..next]));
                    cps = next < 0 ? default : cps[(next + 1)..];
                }
                var to = to0.ToArray();
                int cp = Hex(k);
                _decompositions[cp] = (tag is [(byte)'-'] ? null : Ascii(tag), to);
                if (tag is [(byte)'-'] && to.Length == 2 && !Get(cp).CompositionExcluded)
                    _compositions[((long)to[0] << 21) | (uint)to[1]] = cp;
            }
            Volatile.Write(ref _decompositionsLoaded, true);
        }
    }

    private void EnsureNumerics()
    {
        if (Volatile.Read(ref _numericsLoaded)) return;
        lock (this)
        {
            if (_numericsLoaded) return;
            var rest = Section("num");
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            while (NextLine(ref rest, out var k, out var v))
            {
                var text = Ascii(v[2..]);
                int slash = text.IndexOf('/');
                double value = slash < 0 ? double.Parse(text, inv) : double.Parse(text[..slash], inv) / double.Parse(text[(slash + 1)..], inv);
                _numerics[Hex(k)] = ((char)v[0], value);
            }
            Volatile.Write(ref _numericsLoaded, true);
        }
    }

    private static readonly string[] RecordProperties = ["gc", "bc", "ccc", "ea", "bm", "fce", "age32", "lower", "upper", "cased", "ci", "xids", "xidc"];

    /// <summary>One record per stretch of code points where no property changes, deduplicated, and
    /// each code point's record number (2 MB: filling it is faster than building a two-level table).</summary>
    private void BuildRecords()
    {
        int np = RecordProperties.Length;
        var starts = new List<int>[np];
        var values = new List<string>[np];
        var boundaries = new HashSet<int>();
        for (int p = 0; p < np; p++)
        {
            starts[p] = [];
            values[p] = [];
            var rest = Section(RecordProperties[p]);
            while (NextLine(ref rest, out var k, out var v))
            {
                int start = Hex(k);
                starts[p].Add(start);
                values[p].Add(v.Length == 1 ? (v[0] == 'Y' ? "Y" : v[0] == 'N' ? "N" : Ascii(v)) : Ascii(v));
                boundaries.Add(start);
            }
        }
        boundaries.Add(0);
        var order = new List<int>(boundaries);
        order.Sort();

        var full = new ushort[0x110000];
        var recordIds = new Dictionary<Record, ushort> { [default] = 0 };
        var records = new List<Record> { default };
        var cursors = new int[np];
        var current = new string[np];
        for (int b = 0; b < order.Count; b++)
        {
            int cp = order[b], end = b + 1 < order.Count ? order[b + 1] : 0x110000;
            for (int p = 0; p < np; p++)
            {
                while (cursors[p] < starts[p].Count && starts[p][cursors[p]] <= cp) cursors[p]++;
                current[p] = cursors[p] > 0 ? values[p][cursors[p] - 1] : "";
            }
            int gc = Array.IndexOf(Categories, current[0]);
            // Unassigned code points have CPython's record 0: no bidi class, width F, ...
            var rec = gc <= 0 ? default : new Record((byte)gc, (byte)Math.Max(0, Array.IndexOf(BidiNames, current[1])),
                byte.Parse(current[2]), (byte)Math.Max(0, Array.IndexOf(WidthNames, current[3])), current[4] == "Y",
                current[5] == "Y", current[6] == "Y", FlagsOf(current));
            if (!recordIds.TryGetValue(rec, out var id)) { id = (ushort)records.Count; records.Add(rec); recordIds[rec] = id; }
            full.AsSpan(cp, end - cp).Fill(id);
        }

        _recordOf = full;
        _records = [.. records];
    }

    private static Flags FlagsOf(string[] current)
    {
        Flags f = 0;
        for (int bit = 0; bit < 6; bit++) if (current[7 + bit] == "Y") f |= (Flags)(1 << bit);
        return f;
    }

    private static bool IsHex(string s)
    {
        foreach (var c in s) if (!char.IsAsciiHexDigit(c)) return false;
        return true;
    }

    // ----- Names -----

    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;
    private static readonly string[] JamoL = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] JamoV = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] JamoT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    private bool IsCjk(int cp)
    {
        foreach (var (s, e) in _cjk) if (cp >= s && cp <= e) return true;
        return false;
    }

    /// <summary>The character's name, algorithmic for Hangul syllables and CJK unified ideographs.</summary>
    public string? Name(int cp)
    {
        EnsureNames();
        if (cp >= SBase && cp < SBase + SCount)
        {
            int s = cp - SBase;
            return "HANGUL SYLLABLE " + JamoL[s / NCount] + JamoV[s % NCount / TCount] + JamoT[s % TCount];
        }
        if (IsCjk(cp)) return $"CJK UNIFIED IDEOGRAPH-{cp:X}";
        return _names.TryGetValue(cp, out var n) ? n : null;
    }

    /// <summary>The code point named `name` (any case), or -1; aliases too when asked.</summary>
    public int Code(string name, bool aliases)
    {
        EnsureNames();
        name = name.ToUpperInvariant();
        if (name.StartsWith("HANGUL SYLLABLE ", StringComparison.Ordinal))
        {
            var rest = name.AsSpan(16);
            int l = Jamo(JamoL, ref rest), v = Jamo(JamoV, ref rest), t = Jamo(JamoT, ref rest);
            if (l >= 0 && v >= 0 && t >= 0 && rest.Length == 0) return SBase + (l * VCount + v) * TCount + t;
            return -1;
        }
        if (name.StartsWith("CJK UNIFIED IDEOGRAPH-", StringComparison.Ordinal))
        {
            var hex = name.AsSpan(22);
            if (hex.Length is not (4 or 5) || !int.TryParse(hex, System.Globalization.NumberStyles.AllowHexSpecifier, null, out int cp)) return -1;
            return IsCjk(cp) ? cp : -1;
        }
        if (_codes!.TryGetValue(name, out int code)) return code;
        return aliases && _aliases.TryGetValue(name, out code) ? code : -1;
    }

    /// <summary>The longest jamo name at the start of `rest` (CPython's find_syllable).</summary>
    private static int Jamo(string[] table, ref ReadOnlySpan<char> rest)
    {
        int best = -1, len = -1;
        for (int i = 0; i < table.Length; i++)
            if (table[i].Length > len && rest.StartsWith(table[i], StringComparison.Ordinal)) { best = i; len = table[i].Length; }
        if (best >= 0) rest = rest[len..];
        return best;
    }

    public string? NamedSequence(string name) => EnsureNames_() && _sequences.TryGetValue(name, out var s) ? s : null;

    // ----- Other properties -----

    private bool EnsureNames_() { EnsureNames(); return true; }
    private bool EnsureDecompositions_() { EnsureDecompositions(); return true; }
    private bool EnsureNumerics_() { EnsureNumerics(); return true; }

    public (string? Tag, int[] To)? Decomposition(int cp) => EnsureDecompositions_() && _decompositions.TryGetValue(cp, out var d) ? d : null;

    public (char Type, double Value)? Numeric(int cp) => EnsureNumerics_() && _numerics.TryGetValue(cp, out var n) ? n : null;

    // ----- Normalization (UAX #15) -----

    /// <summary>NFC, NFD, NFKC or NFKD of `cps`. `v32`: as Unicode 3.2 (ucd_3_2_0), which leaves characters
    /// that 3.2 did not have as they are.</summary>
    public int[] Normalize(ReadOnlySpan<int> cps, bool compose, bool compat, bool v32)
    {
        EnsureDecompositions();
        var output = new List<int>(cps.Length);
        foreach (var cp in cps) Decompose(cp, compat, v32, output);
        // Canonical ordering: a stable sort of each run of non-starters by combining class.
        for (int i = 1; i < output.Count; i++)
        {
            int c = Get(output[i]).Combining;
            if (c == 0) continue;
            int j = i;
            while (j > 0 && Get(output[j - 1]).Combining > c) { (output[j - 1], output[j]) = (output[j], output[j - 1]); j--; }
        }
        if (!compose) return [.. output];
        return Compose(output, v32);
    }

    private void Decompose(int cp, bool compat, bool v32, List<int> output)
    {
        if (cp >= SBase && cp < SBase + SCount)
        {
            int s = cp - SBase;
            output.Add(LBase + s / NCount);
            output.Add(VBase + s % NCount / TCount);
            if (s % TCount != 0) output.Add(TBase + s % TCount);
            return;
        }
        if (v32 && !Get(cp).In32) { output.Add(cp); return; }
        if (_decompositions.TryGetValue(cp, out var d) && (d.Tag is null || compat))
        {
            foreach (var c in d.To) Decompose(c, compat, v32, output);
            return;
        }
        output.Add(cp);
    }

    private int[] Compose(List<int> cps, bool v32)
    {
        var result = new List<int>(cps.Count);
        int starter = -1; // index in result of the last starter
        int lastClass = -1;
        foreach (var cp in cps)
        {
            int cls = Get(cp).Combining;
            if (starter >= 0)
            {
                int s = result[starter];
                // Hangul L+V and LV+T compose algorithmically.
                if (starter == result.Count - 1)
                {
                    if (s >= LBase && s < LBase + LCount && cp >= VBase && cp < VBase + VCount)
                    {
                        result[starter] = SBase + ((s - LBase) * VCount + (cp - VBase)) * TCount;
                        lastClass = -1;
                        continue;
                    }
                    if (s >= SBase && s < SBase + SCount && (s - SBase) % TCount == 0 && cp > TBase && cp < TBase + TCount)
                    {
                        result[starter] = s + (cp - TBase);
                        lastClass = -1;
                        continue;
                    }
                }
                bool blocked = starter != result.Count - 1 && (lastClass == 0 || lastClass >= cls);
                if (!blocked && _compositions.TryGetValue(((long)s << 21) | (uint)cp, out int composed) && !(v32 && !Get(composed).In32))
                {
                    result[starter] = composed;
                    continue;
                }
            }
            if (cls == 0) { starter = result.Count; lastClass = -1; }
            else lastClass = cls;
            result.Add(cp);
        }
        return [.. result];
    }
}
