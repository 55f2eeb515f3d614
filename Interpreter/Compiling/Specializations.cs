using Herthon.Evaluation;
using Herthon.Runtime;

namespace Herthon.Compiling;

/// <summary>
/// What the inline caches of a code object have learned, named as CPython 3.11's specialised
/// instructions (PEP 659): `dis.dis(f, adaptive=True)` (code._co_code_adaptive) and `herthon --dis`
/// show them. A new cache is made visible by adding its family to <see cref="Families"/> and a case
/// to <see cref="SpecializedName"/>; nothing else reads the caches for display.
/// </summary>
public static class Specializations
{
    /// <summary>opcode._specializations: base instruction → the specialised forms Herthon's caches produce.
    /// *_ADAPTIVE is an instruction whose cache exists but holds nothing usable (it missed or gave up).</summary>
    public static readonly (string Base, string[] Family)[] Families =
    [
        ("LOAD_ATTR", ["LOAD_ATTR_ADAPTIVE", "LOAD_ATTR_INSTANCE_VALUE", "LOAD_ATTR_WITH_HINT", "LOAD_ATTR_MODULE", "LOAD_ATTR_CLASS", "LOAD_ATTR_SLOT", "LOAD_ATTR_PROPERTY", "LOAD_ATTR_GETSET_DESCRIPTOR"]),
        ("LOAD_GLOBAL", ["LOAD_GLOBAL_ADAPTIVE", "LOAD_GLOBAL_BUILTIN", "LOAD_GLOBAL_MODULE"]),
        ("LOAD_METHOD", ["LOAD_METHOD_ADAPTIVE", "LOAD_METHOD_WITH_VALUES", "LOAD_METHOD_MODULE", "LOAD_METHOD_CLASS", "LOAD_METHOD_NO_DICT"]),
        ("STORE_ATTR", ["STORE_ATTR_ADAPTIVE", "STORE_ATTR_INSTANCE_VALUE", "STORE_ATTR_SLOT"]),
    ];

    /// <summary>The specialised name the caches hold for instruction ip of code, or null (not specialised).</summary>
    public static string? SpecializedName(CodeObject code, int ip)
    {
        if ((uint)ip >= (uint)code.Code.Length) return null;
        int word = code.Code[ip];
        switch ((Op)(word & 0xFF))
        {
            case Op.LoadGlobal:
                {
                    if (code.GlobalCache is not { } cache || cache[ip] is not { } entry) return null;
                    return entry.Globals.TryGetValue(code.Names[word >> 8], out _) ? "LOAD_GLOBAL_MODULE" : "LOAD_GLOBAL_BUILTIN";
                }
            case Op.LoadAttr:
                {
                    if (code.AttrCache is not { } sites || sites[ip] is not { } site) return null;
                    return site.Kind switch
                    {
                        // Shared-key values read by index (CPython's instance values), or an
                        // instance in the dict layout (CPython's dict "hint" form).
                        AttrSiteKind.InstanceValue => "LOAD_ATTR_INSTANCE_VALUE",
                        AttrSiteKind.InstanceDict => "LOAD_ATTR_WITH_HINT",
                        AttrSiteKind.Module => "LOAD_ATTR_MODULE",
                        AttrSiteKind.TypeAttr => "LOAD_ATTR_CLASS",
                        AttrSiteKind.SlotMember => "LOAD_ATTR_SLOT",
                        AttrSiteKind.DataDescriptor => site.Descr switch
                        {
                            PySlotDescriptor => "LOAD_ATTR_SLOT",
                            PyProperty => "LOAD_ATTR_PROPERTY",
                            _ => "LOAD_ATTR_GETSET_DESCRIPTOR",
                        },
                        _ => "LOAD_ATTR_ADAPTIVE",
                    };
                }
            case Op.LoadMethod:
                {
                    if (code.AttrCache is not { } sites || sites[ip] is not { } site) return null;
                    return site.Kind switch
                    {
                        AttrSiteKind.Method => "LOAD_METHOD_WITH_VALUES",
                        AttrSiteKind.Module => "LOAD_METHOD_MODULE",
                        AttrSiteKind.TypeAttr => "LOAD_METHOD_CLASS",
                        AttrSiteKind.BuiltinMethod => "LOAD_METHOD_NO_DICT",
                        _ => "LOAD_METHOD_ADAPTIVE",
                    };
                }
            case Op.StoreAttr:
                {
                    if (code.AttrCache is not { } sites || sites[ip] is not { } site) return null;
                    return site.Kind switch
                    {
                        AttrSiteKind.InstanceValue => "STORE_ATTR_INSTANCE_VALUE",
                        AttrSiteKind.SlotMember => "STORE_ATTR_SLOT",
                        _ => "STORE_ATTR_ADAPTIVE",
                    };
                }
        }
        return null;
    }

    /// <summary>opcode._specialized_instructions, in the order dis.py numbers them.</summary>
    public static readonly string[] Instructions = Flatten();

    private static string[] Flatten()
    {
        var r = new List<string>();
        foreach (var (_, family) in Families) r.AddRange(family);
        return [.. r];
    }

    private static readonly Dictionary<string, int> Numbers = Number();

    /// <summary>dis.py's numbering of the specialised instructions: the unused opcode numbers in
    /// ascending order, one per name of <see cref="Instructions"/>.</summary>
    private static Dictionary<string, int> Number()
    {
        var r = new Dictionary<string, int>();
        int k = 0;
        for (int n = 0; n < 256 && k < Instructions.Length; n++)
            if (Opcodes.Names[n] is null) r[Instructions[k++]] = n;
        return r;
    }

    public static int NumberOf(string specialized) => Numbers[specialized];

    /// <summary>code._co_code_adaptive: co_code with each specialised instruction's opcode replaced.</summary>
    internal static byte[] AdaptiveCode(CodeObject code)
    {
        var b = code.CPython;
        var bytes = (byte[])b.Code.Clone();
        for (int ip = 0; ip < code.Code.Length; ip++)
            if (SpecializedName(code, ip) is { } name) bytes[2 * (b.Start[ip + 1] - 1)] = (byte)NumberOf(name);
        return bytes;
    }
}
