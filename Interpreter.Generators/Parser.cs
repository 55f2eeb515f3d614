using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Herthon.Generators
{
    /// <summary>
    /// Turns the semantic model of [Probe], [ProbeEnabled] and [ProbeArg] methods into plain specs,
    /// checking what can be checked from one declaration alone (its shape). Checks that need the
    /// provider file or other declarations live in <see cref="Binder"/>.
    /// </summary>
    internal static class Parser
    {
        public const string ProbeAttribute = "Herthon.Probes.ProbeAttribute";
        public const string ProbeEnabledAttribute = "Herthon.Probes.ProbeEnabledAttribute";
        public const string ProbeArgAttribute = "Herthon.Probes.ProbeArgAttribute";

        private static readonly SymbolDisplayFormat FullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
            .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

        public static ProbeSiteSpec? ParseSite(GeneratorAttributeSyntaxContext context, bool enabledQuery, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not IMethodSymbol method || context.TargetNode is not MethodDeclarationSyntax syntax)
                return null;
            cancellationToken.ThrowIfCancellationRequested();

            var arguments = context.Attributes.Length > 0 ? context.Attributes[0].ConstructorArguments : default;
            string marker = !arguments.IsDefault && arguments.Length >= 1 ? arguments[0].Value as string ?? "" : "";
            string? next = enabledQuery && !arguments.IsDefault && arguments.Length == 2 ? arguments[1].Value as string : null;
            LocationInfo? location = LocationInfo.From(syntax.Identifier.GetLocation());
            var diagnostics = new List<DiagnosticInfo>();

            bool erasable = syntax.Modifiers.Any(SyntaxKind.PartialKeyword)
                && syntax.Modifiers.Any(SyntaxKind.StaticKeyword)
                && syntax.Body is null && syntax.ExpressionBody is null
                && method.PartialImplementationPart is null
                && !syntax.Modifiers.Any(m => m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.InternalKeyword)
                    || m.IsKind(SyntaxKind.PrivateKeyword) || m.IsKind(SyntaxKind.ProtectedKeyword))
                && method.TypeParameters.Length == 0;

            if (enabledQuery)
            {
                bool shape = erasable && method.ReturnsVoid && method.Parameters.Length == 1
                    && method.Parameters[0].RefKind == RefKind.Ref
                    && method.Parameters[0].Type.SpecialType == SpecialType.System_Boolean;
                if (!shape)
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EnabledQueryShape, location, method.Name));
            }
            else
            {
                if (!erasable)
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ProbeMustBePartial, location, method.Name));
                if (!method.ReturnsVoid)
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ProbeMustReturnVoid, location, method.Name,
                        method.ReturnType.ToDisplayString()));
                foreach (IParameterSymbol parameter in method.Parameters)
                {
                    if (parameter.RefKind != RefKind.None)
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ProbeMustBePartial, location, method.Name));
                }
            }

            var types = new List<ContainingTypeSpec>();
            for (INamedTypeSymbol? type = method.ContainingType; type is not null; type = type.ContainingType)
                types.Insert(0, new ContainingTypeSpec(Keyword(type), type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));

            return new ProbeSiteSpec(
                marker,
                next,
                enabledQuery,
                method.Name,
                method.ContainingNamespace.IsGlobalNamespace ? "" : method.ContainingNamespace.ToDisplayString(),
                types.ToEquatableArray(),
                method.ContainingType.ToDisplayString(FullyQualified),
                Parameters(method),
                location,
                diagnostics.Distinct().ToEquatableArray());
        }

        public static ArgSourceSpec? ParseSource(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not IMethodSymbol method || context.TargetNode is not MethodDeclarationSyntax syntax)
                return null;
            cancellationToken.ThrowIfCancellationRequested();

            string argument = context.Attributes.Length > 0 && context.Attributes[0].ConstructorArguments.Length == 1
                ? context.Attributes[0].ConstructorArguments[0].Value as string ?? ""
                : "";
            LocationInfo? location = LocationInfo.From(syntax.Identifier.GetLocation());
            ValueKind returnKind = Classify(method.ReturnType);
            var diagnostics = new List<DiagnosticInfo>();
            if (!method.IsStatic || method.TypeParameters.Length != 0 || returnKind == ValueKind.Other
                || method.Parameters.Any(p => p.RefKind != RefKind.None))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSource, location, method.Name));
            }

            return new ArgSourceSpec(
                argument,
                method.Name,
                method.ContainingType.ToDisplayString(FullyQualified),
                method.ContainingType.ToDisplayString(FullyQualified) + "." + Escape(method.Name),
                Parameters(method),
                method.ReturnType.ToDisplayString(FullyQualified),
                returnKind,
                location,
                diagnostics.ToEquatableArray());
        }

        private static EquatableArray<ParameterSpec> Parameters(IMethodSymbol method)
            => method.Parameters.Select(p => new ParameterSpec(
                    Escape(p.Name),
                    BindingName(p),
                    p.Type.ToDisplayString(FullyQualified),
                    Classify(p.Type)))
                .ToEquatableArray();

        private static string BindingName(IParameterSymbol parameter)
        {
            foreach (AttributeData attribute in parameter.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == ProbeArgAttribute
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is string name)
                {
                    return name;
                }
            }
            return parameter.Name;
        }

        internal static ValueKind Classify(ITypeSymbol type)
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_String: return ValueKind.String;
                case SpecialType.System_Int32: return ValueKind.Int32;
                case SpecialType.System_Int64: return ValueKind.Int64;
                case SpecialType.System_UInt64: return ValueKind.UInt64;
            }
            if (type is IPointerTypeSymbol pointer)
            {
                if (pointer.PointedAtType.SpecialType == SpecialType.System_Byte) return ValueKind.BytePointer;
                if (pointer.PointedAtType.SpecialType == SpecialType.System_Void) return ValueKind.VoidPointer;
            }
            return ValueKind.Other;
        }

        private static string Keyword(INamedTypeSymbol type)
        {
            string kind = type.IsRecord
                ? (type.TypeKind == TypeKind.Struct ? "record struct" : "record")
                : type.TypeKind == TypeKind.Struct ? "struct" : type.TypeKind == TypeKind.Interface ? "interface" : "class";
            return "partial " + kind;
        }

        internal static string Escape(string identifier)
            => SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;
    }
}
