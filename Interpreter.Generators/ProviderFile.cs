using System.Collections.Generic;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Herthon.Generators
{
    /// <summary>
    /// Reads the D provider file (herthon.d): <c>provider NAME { probe MARKER(TYPE ARG, ...); ... };</c>.
    /// Only the subset dtrace -h accepts and Herthon needs: comments, probes, and the argument types
    /// const char *, char *, int, long, uint64_t and void *.
    /// </summary>
    internal static class ProviderFile
    {
        public const string FileName = "herthon.d";

        private static readonly Regex Comments = new Regex(@"/\*.*?\*/|//[^\n]*", RegexOptions.Singleline);
        private static readonly Regex Provider = new Regex(@"provider\s+(\w+)\s*\{(.*)\}\s*;?", RegexOptions.Singleline);
        private static readonly Regex Probe = new Regex(@"probe\s+(\w+)\s*\(([^)]*)\)\s*;");
        private static readonly Regex Argument = new Regex(@"^(.*?)(\w+)$", RegexOptions.Singleline);

        public static ProviderSpec Parse(AdditionalText file, SourceText? text)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var markers = new List<MarkerSpec>();
            string content = text?.ToString() ?? "";
            // Blank comments out, keeping offsets, so reported positions stay right.
            string code = Comments.Replace(content, m => Regex.Replace(m.Value, @"[^\n]", " "));

            LocationInfo At(int position)
            {
                var span = new TextSpan(position, 0);
                var lines = text?.Lines.GetLinePositionSpan(span) ?? default;
                return new LocationInfo(file.Path, span, lines);
            }

            Match provider = Provider.Match(code);
            if (!provider.Success)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ProviderFileInvalid, At(0), "no 'provider NAME { ... };' block"));
                return new ProviderSpec("", EquatableArray<MarkerSpec>.Empty, diagnostics.ToEquatableArray());
            }

            foreach (Match probe in Probe.Matches(provider.Groups[2].Value))
            {
                int probeOffset = provider.Groups[2].Index + probe.Index;
                var arguments = new List<MarkerArgSpec>();
                string list = probe.Groups[2].Value.Trim();
                if (list.Length > 0 && list != "void")
                {
                    foreach (string raw in list.Split(','))
                    {
                        Match argument = Argument.Match(raw.Trim());
                        CType? type = argument.Success ? ParseType(argument.Groups[1].Value) : null;
                        if (type is null)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ProviderFileInvalid, At(probeOffset),
                                $"probe {probe.Groups[1].Value}: argument '{raw.Trim()}' needs a supported type and a name"));
                            continue;
                        }
                        arguments.Add(new MarkerArgSpec(argument.Groups[2].Value, type.Value));
                    }
                }
                markers.Add(new MarkerSpec(probe.Groups[1].Value, arguments.ToEquatableArray()));
            }

            if (markers.Count == 0)
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ProviderFileInvalid, At(provider.Index), "the provider declares no probes"));

            return new ProviderSpec(provider.Groups[1].Value, markers.ToEquatableArray(), diagnostics.ToEquatableArray());
        }

        private static CType? ParseType(string declaration)
        {
            string type = Regex.Replace(declaration, @"\s+", " ").Replace(" *", "*").Trim();
            switch (type)
            {
                case "const char*":
                case "char*":
                    return CType.CharPointer;
                case "int":
                    return CType.Int;
                case "long":
                    return CType.Long;
                case "uint64_t":
                    return CType.UInt64;
                case "void*":
                    return CType.VoidPointer;
                default:
                    return null;
            }
        }

        /// <summary>The C declaration spelling, as used in generated documentation.</summary>
        public static string CSpelling(CType type)
        {
            switch (type)
            {
                case CType.CharPointer: return "const char *";
                case CType.Int: return "int";
                case CType.Long: return "long";
                case CType.UInt64: return "uint64_t";
                default: return "void *";
            }
        }

        /// <summary>The unmanaged C# type passed to the native marker (Linux x64: long is 64-bit).</summary>
        public static string UnmanagedType(CType type)
        {
            switch (type)
            {
                case CType.CharPointer: return "byte*";
                case CType.Int: return "int";
                case CType.Long: return "long";
                case CType.UInt64: return "ulong";
                default: return "void*";
            }
        }

        public static string Signature(MarkerSpec marker)
        {
            var parts = new List<string>();
            foreach (MarkerArgSpec argument in marker.Arguments)
            {
                string c = CSpelling(argument.Type);
                parts.Add(c.EndsWith("*") ? c + argument.Name : c + " " + argument.Name);
            }
            return marker.Name + "(" + string.Join(", ", parts) + ")";
        }
    }
}
