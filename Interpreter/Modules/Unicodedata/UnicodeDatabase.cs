using System.IO.Compression;
using System.Text;

namespace Herthon.Runtime;

/// <summary>
/// The Unicode Character Database (14.0.0, CPython 3.11's) behind `unicodedata` and \N{...}: read
/// on first use from the resource Tools/unicodedata/mkucd.pl builds from Perl's copy of the UCD.
/// Per-code-point properties are deduplicated records reached through a two-level table (blocks of
/// 128 code points, identical blocks shared), as CPython's makeunicodedata.py lays them out.
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

    private const int Shift = 7;
    private ushort[] _index = [];
    private ushort[] _blocks = [];
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
        (uint)cp > 0x10FFFF ? default : _records[_blocks[(_index[cp >> Shift] << Shift) + (cp & ((1 << Shift) - 1))]];

    private static UnicodeDatabase Load()
    {
        using var stream = typeof(UnicodeDatabase).Assembly.GetManifestResourceStream("Herthon.ucd.gz")
            ?? throw Errors.ImportError("the Unicode database was not built into Herthon (the build needs perl's Unicode::UCD: Debian perl-modules-5.36)");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress), Encoding.ASCII);
        var db = new UnicodeDatabase();
        db.Parse(reader);
        return db;
    }

    private void Parse(StreamReader reader)
    {
        var lists = new Dictionary<string, List<(int Start, string Value)>>();
        string section = "";
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.StartsWith('@')) { section = line[1..]; continue; }
            int sp = line.IndexOf(' ');
            switch (section)
            {
                case "version":
                    if (line != Version) throw Errors.ImportError($"the built-in Unicode database is {line}, not {Version}");
                    break;
                case "names":
                    _names[Hex(line, 0, sp)] = line[(sp + 1)..];
                    break;
                case "alias":
                    _aliases.TryAdd(line[(sp + 1)..], Hex(line, 0, sp));
                    break;
                case "cjk":
                    _cjk.Add((Hex(line, 0, sp), Hex(line, sp + 1, line.Length)));
                    break;
                case "seq":
                {
                    var parts = line.Split(' ');
                    int n = parts.Length - 1;
                    while (n > 0 && parts[n].Length >= 4 && IsHex(parts[n])) n--;
                    var sb = new StringBuilder();
                    for (int k = n + 1; k < parts.Length; k++) sb.Append(char.ConvertFromUtf32(Hex(parts[k], 0, parts[k].Length)));
                    _sequences[string.Join(' ', parts, 0, n + 1)] = sb.ToString();
                    break;
                }
                case "decomp":
                {
                    var parts = line.Split(' ');
                    var to = new int[parts.Length - 2];
                    for (int k = 0; k < to.Length; k++) to[k] = Hex(parts[k + 2], 0, parts[k + 2].Length);
                    _decompositions[Hex(parts[0], 0, parts[0].Length)] = (parts[1] == "-" ? null : parts[1], to);
                    break;
                }
                case "num":
                {
                    var parts = line.Split(' ');
                    string v = parts[2];
                    int slash = v.IndexOf('/');
                    double value = slash < 0 ? double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)
                        : double.Parse(v[..slash], System.Globalization.CultureInfo.InvariantCulture) / double.Parse(v[(slash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                    _numerics[Hex(parts[0], 0, parts[0].Length)] = (parts[1][0], value);
                    break;
                }
                default:
                    if (!lists.TryGetValue(section, out var list)) lists[section] = list = [];
                    list.Add((Hex(line, 0, sp), line[(sp + 1)..]));
                    break;
            }
        }
        BuildRecords(lists);
        foreach (var (cp, (tag, to)) in _decompositions)
            if (tag is null && to.Length == 2 && !Get(cp).CompositionExcluded)
                _compositions[((long)to[0] << 21) | (uint)to[1]] = cp;
    }

    /// <summary>Walks the inversion lists together, one record per code point, deduplicated.</summary>
    private void BuildRecords(Dictionary<string, List<(int Start, string Value)>> lists)
    {
        string[] props = ["gc", "bc", "ccc", "ea", "bm", "fce", "age32", "lower", "upper", "cased", "ci", "xids", "xidc"];
        var cursors = new int[props.Length];
        var current = new string[props.Length];
        var seq = new List<(int Start, string Value)>[props.Length];
        for (int p = 0; p < props.Length; p++) { seq[p] = lists[props[p]]; current[p] = ""; }

        var recordIds = new Dictionary<Record, ushort>();
        var records = new List<Record>();
        var blockIds = new Dictionary<string, ushort>();
        var blocks = new List<ushort>();
        var index = new ushort[0x110000 >> Shift];
        var block = new char[1 << Shift];
        Record rec = default;
        ushort recId = 0;
        records.Add(default);
        recordIds[default] = 0;
        bool dirty = true;
        for (int cp = 0; cp < 0x110000; cp++)
        {
            for (int p = 0; p < props.Length; p++)
            {
                var s = seq[p];
                while (cursors[p] < s.Count && s[cursors[p]].Start <= cp) { current[p] = s[cursors[p]].Value; cursors[p]++; dirty = true; }
            }
            if (dirty)
            {
                dirty = false;
                int gc = Array.IndexOf(Categories, current[0]);
                // Unassigned code points have CPython's record 0: no bidi class, width F, ...
                rec = gc <= 0 ? default : new Record((byte)gc, (byte)Math.Max(0, Array.IndexOf(BidiNames, current[1])),
                    byte.Parse(current[2]), (byte)Math.Max(0, Array.IndexOf(WidthNames, current[3])), current[4] == "Y",
                    current[5] == "Y", current[6] == "Y", FlagsOf(current));
                if (!recordIds.TryGetValue(rec, out recId)) { recId = (ushort)records.Count; records.Add(rec); recordIds[rec] = recId; }
            }
            block[cp & ((1 << Shift) - 1)] = (char)recId;
            if ((cp & ((1 << Shift) - 1)) == (1 << Shift) - 1)
            {
                var key = new string(block);
                if (!blockIds.TryGetValue(key, out var id))
                {
                    id = (ushort)(blocks.Count >> Shift);
                    foreach (var c in block) blocks.Add(c);
                    blockIds[key] = id;
                }
                index[cp >> Shift] = id;
            }
        }
        _index = index;
        _blocks = [.. blocks];
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

    private static int Hex(string s, int from, int to)
    {
        int v = 0;
        for (int i = from; i < to; i++) v = v * 16 + (s[i] <= '9' ? s[i] - '0' : (s[i] | 0x20) - 'a' + 10);
        return v;
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
        if (_codes is null)
        {
            var codes = new Dictionary<string, int>(_names.Count);
            foreach (var (cp, n) in _names) codes[n] = cp;
            _codes = codes;
        }
        if (_codes.TryGetValue(name, out int code)) return code;
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

    public string? NamedSequence(string name) => _sequences.TryGetValue(name, out var s) ? s : null;

    // ----- Other properties -----

    public (string? Tag, int[] To)? Decomposition(int cp) => _decompositions.TryGetValue(cp, out var d) ? d : null;

    public (char Type, double Value)? Numeric(int cp) => _numerics.TryGetValue(cp, out var n) ? n : null;

    // ----- Normalization (UAX #15) -----

    /// <summary>NFC, NFD, NFKC or NFKD of `cps`. `v32`: as Unicode 3.2 (ucd_3_2_0), which leaves characters
    /// that 3.2 did not have as they are.</summary>
    public int[] Normalize(ReadOnlySpan<int> cps, bool compose, bool compat, bool v32)
    {
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
