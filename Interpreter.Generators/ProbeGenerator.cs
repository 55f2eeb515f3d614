using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Herthon.Generators
{
    /// <summary>
    /// Writes the bodies of [Probe] / [ProbeEnabled] partial methods and the native marker table of
    /// the provider declared in herthon.d.
    ///
    /// Instrumented builds define HERTHON_DTRACE (MSBuild: WithDtrace=true); without that symbol the
    /// generator emits nothing, the probe methods stay bodiless, and C# erases every call to them —
    /// arguments included. Declarations are validated in both builds.
    ///
    /// Pipeline: declarations → specs (Parser) → one bound model (Binder) → source (Emitter). The
    /// bound model carries no source positions, so edits that only move code keep the output cached;
    /// diagnostics flow through their own output.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class ProbeGenerator : IIncrementalGenerator
    {
        public const string InstrumentedSymbol = "HERTHON_DTRACE";

        /// <summary>NativeAOT builds (MSBuild: HerthonAot=true) define it: the provider class takes its AOT form.</summary>
        public const string AotSymbol = "HERTHON_AOT";

        /// <summary>Tracking names of pipeline steps (tests observe their caching).</summary>
        public static class Steps
        {
            public const string Sites = "ProbeSites";
            public const string EnabledQueries = "ProbeEnabledQueries";
            public const string Sources = "ProbeArgSources";
            public const string Provider = "ProviderFile";
            public const string Bind = "Bind";
            public const string Model = "EmitModel";
        }

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var sites = context.SyntaxProvider.ForAttributeWithMetadataName(
                    Parser.ProbeAttribute,
                    static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax,
                    static (ctx, ct) => Parser.ParseSite(ctx, enabledQuery: false, ct))
                .Where(static s => s is not null)
                .Select(static (s, _) => s!)
                .WithTrackingName(Steps.Sites);

            var enabledQueries = context.SyntaxProvider.ForAttributeWithMetadataName(
                    Parser.ProbeEnabledAttribute,
                    static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax,
                    static (ctx, ct) => Parser.ParseSite(ctx, enabledQuery: true, ct))
                .Where(static s => s is not null)
                .Select(static (s, _) => s!)
                .WithTrackingName(Steps.EnabledQueries);

            var sources = context.SyntaxProvider.ForAttributeWithMetadataName(
                    Parser.ProbeArgAttribute,
                    static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax,
                    static (ctx, ct) => Parser.ParseSource(ctx, ct))
                .Where(static s => s is not null)
                .Select(static (s, _) => s!)
                .WithTrackingName(Steps.Sources);

            var provider = context.AdditionalTextsProvider
                .Where(static f => string.Equals(Path.GetFileName(f.Path), ProviderFile.FileName, StringComparison.OrdinalIgnoreCase))
                .Select(static (f, ct) => ProviderFile.Parse(f, f.GetText(ct)))
                .WithTrackingName(Steps.Provider);

            var instrumented = context.ParseOptionsProvider
                .Select(static (o, _) => o.PreprocessorSymbolNames.Contains(InstrumentedSymbol));

            var aot = context.ParseOptionsProvider
                .Select(static (o, _) => o.PreprocessorSymbolNames.Contains(AotSymbol));

            var allSites = sites.Collect().Combine(enabledQueries.Collect())
                .Select(static (pair, _) => pair.Left.AddRange(pair.Right));

            var bound = allSites
                .Combine(sources.Collect())
                .Combine(provider.Collect())
                .Combine(instrumented)
                .Select(static (input, _) => Binder.Bind(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right))
                .WithTrackingName(Steps.Bind);

            // Diagnostics get in-source locations (for IDEs) from the current compilation; this output
            // re-runs on every edit but is empty work when there is nothing to report.
            context.RegisterSourceOutput(bound.Select(static (b, _) => b.Diagnostics).Combine(context.CompilationProvider), static (spc, input) =>
            {
                foreach (DiagnosticInfo info in input.Left)
                    spc.ReportDiagnostic(Diagnostic.Create(Descriptor(info.Id), Locate(info.Location, input.Right), info.Arguments.ToArray()));
            });

            var model = bound.Select(static (b, _) => b.Model).WithTrackingName(Steps.Model);
            context.RegisterSourceOutput(model.Combine(aot), static (spc, input) =>
            {
                var (m, isAot) = input;
                if (m is null)
                    return;
                spc.AddSource(Emitter.ProviderClass(m.Provider) + ".g.cs", Emitter.EmitProvider(m, isAot));
                foreach (BoundType type in m.Types)
                    spc.AddSource(Emitter.HintName(type), Emitter.EmitType(m, type));
            });
        }

        private static readonly ImmutableDictionary<string, DiagnosticDescriptor> Descriptors =
            typeof(DiagnosticDescriptors).GetFields()
                .Select(f => f.GetValue(null))
                .OfType<DiagnosticDescriptor>()
                .ToImmutableDictionary(d => d.Id);

        private static DiagnosticDescriptor Descriptor(string id) => Descriptors[id];

        private static Location Locate(LocationInfo? info, Compilation compilation)
        {
            if (info is null)
                return Location.None;
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                if (tree.FilePath == info.FilePath && info.Span.End <= tree.Length)
                    return Location.Create(tree, info.Span);
            }
            return info.ToLocation(); // herthon.d, an AdditionalFile
        }
    }
}
