using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;

namespace Herthon.Benchmarks;

/// <summary>
/// `Benchmarks --compare-il A.dll B.dll`: compares two builds of Herthon.dll member by member —
/// every type, method (IL body hash and size), field and assembly attribute. The files themselves
/// differ even for identical code (the debug directory records each build's own PDB path), so the
/// check for "(b) = (a): identical IL" looks at the metadata and IL, not the bytes. Exit code 0
/// when identical, 1 otherwise (the differing members are printed).
/// </summary>
public static class CompareIL
{
    public static int Run(string a, string b)
    {
        var la = Describe(a);
        var lb = Describe(b);
        var onlyA = la.Except(lb).ToList();
        var onlyB = lb.Except(la).ToList();
        if (onlyA.Count == 0 && onlyB.Count == 0)
        {
            Console.WriteLine($"identical IL: {la.Count} members compared");
            return 0;
        }
        Console.WriteLine($"IL differs: {onlyA.Count} members only in or changed in the first, {onlyB.Count} in the second");
        foreach (var l in onlyA.Take(20)) Console.WriteLine("  - " + l);
        foreach (var l in onlyB.Take(20)) Console.WriteLine("  + " + l);
        return 1;
    }

    private static List<string> Describe(string path)
    {
        using var fs = File.OpenRead(path);
        using var pe = new PEReader(fs);
        var md = pe.GetMetadataReader();
        var lines = new List<string>();
        foreach (var th in md.TypeDefinitions)
        {
            var t = md.GetTypeDefinition(th);
            var tn = md.GetString(t.Namespace) + "." + md.GetString(t.Name);
            lines.Add($"type {tn} {t.Attributes}");
            foreach (var mh in t.GetMethods())
            {
                var m = md.GetMethodDefinition(mh);
                string il = "no body";
                if (m.RelativeVirtualAddress != 0)
                {
                    var bytes = pe.GetMethodBody(m.RelativeVirtualAddress).GetILBytes() ?? [];
                    il = Convert.ToHexString(SHA256.HashData(bytes))[..16] + $" {bytes.Length} bytes";
                }
                lines.Add($"method {tn}::{md.GetString(m.Name)} sig {Convert.ToHexString(md.GetBlobBytes(m.Signature))} {il}");
            }
            foreach (var fh in t.GetFields())
            {
                var f = md.GetFieldDefinition(fh);
                lines.Add($"field {tn}::{md.GetString(f.Name)} {Convert.ToHexString(md.GetBlobBytes(f.Signature))}");
            }
        }
        foreach (var ch in md.GetCustomAttributes(EntityHandle.AssemblyDefinition))
            lines.Add("assembly attribute " + Convert.ToHexString(md.GetBlobBytes(md.GetCustomAttribute(ch).Value)));
        return lines;
    }
}
