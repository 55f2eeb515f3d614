using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Herthon.Generators
{
    /// <summary>
    /// Binds every probe method to its marker in herthon.d and every marker argument to a value
    /// computable from the method's parameters ("context values" the call site already holds).
    ///
    /// Binding rule, per marker argument NAME of type T, in order:
    ///   1. a parameter whose binding name is NAME (its own name, or [ProbeArg("NAME")] on it);
    ///   2. a static method marked [ProbeArg("NAME")] in the same type whose parameters all match
    ///      (same name and type) parameters of the probe method; the one using most of them wins,
    ///      so e.g. (Frame frame, int ip) beats (Frame frame) for function__return's lineno.
    /// Every parameter must feed at least one argument. The value's C# type must fit T:
    /// const char * ← string (UTF-8 encoded inside the guard) or byte* (already NUL-terminated
    /// UTF-8); void * ← string, byte* or void*; int ← int; long ← long or int; uint64_t ← ulong.
    ///
    /// Argument binding runs only in instrumented builds: the [ProbeArg] methods are compiled only
    /// there (plain builds keep no trace of the markers), so plain builds check declarations only.
    /// </summary>
    internal static class Binder
    {
        public static BindResult Bind(
            ImmutableArray<ProbeSiteSpec> sites,
            ImmutableArray<ArgSourceSpec> sources,
            ImmutableArray<ProviderSpec> providers,
            bool instrumented)
        {
            var diagnostics = new List<DiagnosticInfo>();
            if (sites.IsEmpty)
                return new BindResult(null, EquatableArray<DiagnosticInfo>.Empty);

            if (providers.IsEmpty)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ProviderFileMissing, sites[0].Location));
                return new BindResult(null, diagnostics.ToEquatableArray());
            }

            ProviderSpec provider = providers[0];
            diagnostics.AddRange(provider.Diagnostics);
            if (instrumented)
                diagnostics.AddRange(sources.SelectMany(s => s.Diagnostics));
            var markers = provider.Markers.ToDictionary(m => m.Name);
            string known = string.Join(", ", provider.Markers.Select(m => m.Name));

            var bound = new List<(ProbeSiteSpec Site, BoundSite Bound)>();
            var pairs = new List<MarkerPair>();
            var firstDeclaration = new Dictionary<string, ProbeSiteSpec>();
            foreach (ProbeSiteSpec site in sites)
            {
                diagnostics.AddRange(site.Diagnostics);
                if (!markers.TryGetValue(site.Marker, out MarkerSpec? marker))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownMarker, site.Location, site.Marker, provider.Name, known));
                    continue;
                }
                if (!site.IsEnabledQuery)
                {
                    if (firstDeclaration.TryGetValue(site.Marker, out ProbeSiteSpec? first))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateProbe, site.Location, site.Marker,
                            first.TypeFullName.Replace("global::", "") + "." + first.MethodName));
                        continue;
                    }
                    firstDeclaration.Add(site.Marker, site);
                }
                if (site.Next is not null && !PairIsValid(site, markers, provider.Name, known, diagnostics))
                    continue;
                if (site.Diagnostics.Length > 0 || !instrumented)
                    continue;

                if (site.IsEnabledQuery)
                {
                    bound.Add((site, new BoundSite(site.Marker, site.Next, true, site.MethodName, site.Parameters, EquatableArray<BoundArgument>.Empty)));
                    if (site.Next is not null && !pairs.Contains(new MarkerPair(site.Marker, site.Next)))
                        pairs.Add(new MarkerPair(site.Marker, site.Next));
                    continue;
                }

                int before = diagnostics.Count;
                BoundSite? result = BindArguments(site, marker, sources, diagnostics);
                if (result is not null && diagnostics.Count == before)
                    bound.Add((site, result));
            }

            if (!instrumented)
                return new BindResult(null, diagnostics.ToEquatableArray());

            var types = bound
                .GroupBy(b => b.Site.TypeFullName)
                .OrderBy(g => g.Key, System.StringComparer.Ordinal)
                .Select(g => new BoundType(
                    g.First().Site.Namespace,
                    g.First().Site.Types,
                    g.Key,
                    g.Select(b => b.Bound).ToEquatableArray()))
                .ToEquatableArray();

            // Pairs in herthon.d's order of their first marker, then their second: a stable order for the provider text.
            var order = provider.Markers.Select((m, i) => (m.Name, i)).ToDictionary(x => x.Name, x => x.i);
            var orderedPairs = pairs.OrderBy(p => order[p.First]).ThenBy(p => order[p.Second]).ToEquatableArray();
            return new BindResult(new EmitModel(provider.Name, provider.Markers, types, orderedPairs), diagnostics.ToEquatableArray());
        }

        /// <summary>
        /// A pair query ([ProbeEnabled("a", "b")]) names a second marker of the provider other than
        /// the first. Whether markers.c lays their semaphores out as neighbours is its layout's
        /// business, checked where they are bound (ProbeBinding.Pair: a pair that is not reads as
        /// always enabled, so the sites take their marked paths, which ask each marker again).
        /// </summary>
        private static bool PairIsValid(ProbeSiteSpec site, Dictionary<string, MarkerSpec> markers, string provider, string known, List<DiagnosticInfo> diagnostics)
        {
            string next = site.Next!;
            if (!markers.ContainsKey(next))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownMarker, site.Location, next, provider, known));
                return false;
            }
            if (next == site.Marker)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidPair, site.Location, site.Marker, next, site.MethodName,
                    $"marker '{next}' twice", "[ProbeEnabled(\"" + next + "\")] for one marker"));
                return false;
            }
            return true;
        }

        private static BoundSite? BindArguments(ProbeSiteSpec site, MarkerSpec marker, ImmutableArray<ArgSourceSpec> sources, List<DiagnosticInfo> diagnostics)
        {
            var used = new HashSet<string>();
            var arguments = new List<BoundArgument>();
            string method = site.MethodName;
            string typeName = site.TypeFullName.Replace("global::", "");

            foreach (MarkerArgSpec argument in marker.Arguments)
            {
                ParameterSpec? parameter = site.Parameters.FirstOrDefault(p => p.BindingName == argument.Name);
                if (parameter is not null)
                {
                    used.Add(parameter.Name);
                    if (!Fits(parameter.Kind, argument.Type, out bool encode))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ArgumentTypeMismatch, site.Location,
                            method + "(" + parameter.Name + ")", argument.Name, marker.Name, parameter.TypeName.Replace("global::", ""),
                            ProviderFile.CSpelling(argument.Type), Suggest(argument.Type)));
                        continue;
                    }
                    arguments.Add(new BoundArgument(argument.Name, argument.Type, parameter.Name, encode, IsParameter: true));
                    continue;
                }

                var applicable = sources
                    .Where(s => s.Argument == argument.Name && s.TypeFullName == site.TypeFullName && s.Diagnostics.Length == 0)
                    .Where(s => s.Parameters.All(sp => site.Parameters.Any(p => p.Name == sp.Name && p.TypeName == sp.TypeName)))
                    .OrderByDescending(s => s.Parameters.Length)
                    .ToList();
                if (applicable.Count == 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingArgument, site.Location,
                        argument.Name, ProviderFile.CSpelling(argument.Type), marker.Name, method, Suggest(argument.Type), typeName));
                    continue;
                }
                if (applicable.Count > 1 && applicable[1].Parameters.Length == applicable[0].Parameters.Length)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AmbiguousSource, site.Location,
                        argument.Name, marker.Name, method, applicable[0].MethodName, applicable[1].MethodName));
                    foreach (ParameterSpec sp in applicable.SelectMany(s => s.Parameters))
                        used.Add(sp.Name); // report the ambiguity only, not the parameters as unused
                    continue;
                }

                ArgSourceSpec source = applicable[0];
                foreach (ParameterSpec sp in source.Parameters)
                    used.Add(sp.Name);
                if (!Fits(source.ReturnKind, argument.Type, out bool encodeResult))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ArgumentTypeMismatch, source.Location ?? site.Location,
                        source.MethodName, argument.Name, marker.Name, source.ReturnTypeName.Replace("global::", ""),
                        ProviderFile.CSpelling(argument.Type), Suggest(argument.Type)));
                    continue;
                }
                string call = source.QualifiedName + "(" + string.Join(", ", source.Parameters.Select(p => p.Name)) + ")";
                arguments.Add(new BoundArgument(argument.Name, argument.Type, call, encodeResult, IsParameter: false));
            }

            foreach (ParameterSpec parameter in site.Parameters)
            {
                if (!used.Contains(parameter.Name))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnusedParameter, site.Location,
                        parameter.Name, method, marker.Name, string.Join(", ", marker.Arguments.Select(a => a.Name))));
                }
            }

            return new BoundSite(site.Marker, null, false, site.MethodName, site.Parameters, arguments.ToEquatableArray());
        }

        private static bool Fits(ValueKind kind, CType type, out bool encode)
        {
            encode = kind == ValueKind.String;
            switch (type)
            {
                case CType.CharPointer: return kind == ValueKind.String || kind == ValueKind.BytePointer;
                case CType.VoidPointer: return kind == ValueKind.String || kind == ValueKind.BytePointer || kind == ValueKind.VoidPointer;
                case CType.Int: return kind == ValueKind.Int32;
                case CType.Long: return kind == ValueKind.Int64 || kind == ValueKind.Int32;
                case CType.UInt64: return kind == ValueKind.UInt64;
                default: return false;
            }
        }

        private static string Suggest(CType type)
        {
            switch (type)
            {
                case CType.CharPointer: return "string or byte* (NUL-terminated UTF-8)";
                case CType.VoidPointer: return "string, byte* or void*";
                case CType.Int: return "int";
                case CType.Long: return "long";
                default: return "ulong";
            }
        }
    }
}
