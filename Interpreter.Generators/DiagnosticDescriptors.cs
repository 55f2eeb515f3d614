using Microsoft.CodeAnalysis;

namespace Herthon.Generators
{
    /// <summary>
    /// Every misuse of [Probe], [ProbeEnabled] and [ProbeArg] the generator detects. Each message says
    /// how to fix it. IDs are stable: HPRB001 onwards, never reused.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "Herthon.Probes";

        public static readonly DiagnosticDescriptor UnknownMarker = new DiagnosticDescriptor(
            "HPRB001", "Unknown marker",
            "Marker '{0}' is not declared by provider '{1}' in herthon.d; use one of: {2} (or declare 'probe {0}(...);' in Interpreter/Native/herthon.d)",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor ProbeMustBePartial = new DiagnosticDescriptor(
            "HPRB002", "Probe method must be a bodiless partial method",
            "Probe method '{0}' must be declared 'static partial void {0}(...);' with no body and no access modifier, so that plain builds erase every call to it",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor ProbeMustReturnVoid = new DiagnosticDescriptor(
            "HPRB003", "Probe method must return void",
            "Probe method '{0}' returns '{1}'; declare it 'static partial void {0}(...)' (only void partial methods without an implementation are erased in plain builds)",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor DuplicateProbe = new DiagnosticDescriptor(
            "HPRB004", "Marker declared twice",
            "Marker '{0}' is already declared by '{1}'; a marker has exactly one [Probe] method, so call that one from every site",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor MissingArgument = new DiagnosticDescriptor(
            "HPRB005", "Marker argument has no source",
            "Argument '{0}' ({1}) of marker '{2}' has no source in '{3}': add a parameter named '{0}' (or marked [ProbeArg(\"{0}\")]) of type {4}, or a [ProbeArg(\"{0}\")] static method in '{5}' whose parameters are all among those of '{3}'",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor UnusedParameter = new DiagnosticDescriptor(
            "HPRB006", "Parameter matches no marker argument",
            "Parameter '{0}' of '{1}' is not used by any argument of marker '{2}' ({3}); remove it, rename it after a marker argument, or mark it [ProbeArg(\"name\")]",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor ArgumentTypeMismatch = new DiagnosticDescriptor(
            "HPRB007", "Marker argument type mismatch",
            "'{0}' supplies argument '{1}' of marker '{2}' as '{3}', but herthon.d declares it '{4}'; use {5}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor AmbiguousSource = new DiagnosticDescriptor(
            "HPRB008", "Ambiguous marker argument source",
            "Argument '{0}' of marker '{1}' in '{2}' can come from both '{3}' and '{4}'; give '{2}' a parameter named '{0}' or remove one of the [ProbeArg(\"{0}\")] methods",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor ProviderFileMissing = new DiagnosticDescriptor(
            "HPRB009", "herthon.d is not an AdditionalFile",
            "[Probe] methods need the provider contract: add <AdditionalFiles Include=\"Native/herthon.d\" /> to the project",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor ProviderFileInvalid = new DiagnosticDescriptor(
            "HPRB010", "herthon.d cannot be read",
            "The provider file is invalid ({0}); write 'provider NAME {{ probe NAME(TYPE ARG, ...); }};' using the types const char *, int, long, uint64_t or void *",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor EnabledQueryShape = new DiagnosticDescriptor(
            "HPRB011", "Invalid [ProbeEnabled] method",
            "[ProbeEnabled] method '{0}' must be declared 'static partial void {0}(ref bool enabled);' with no body and no access modifier",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidSource = new DiagnosticDescriptor(
            "HPRB012", "Invalid [ProbeArg] method",
            "[ProbeArg] method '{0}' must be static, non-generic, take only by-value parameters and return string, byte*, void*, int, long or ulong",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidPair = new DiagnosticDescriptor(
            "HPRB013", "Invalid [ProbeEnabled] pair",
            "[ProbeEnabled(\"{0}\", \"{1}\")] on '{2}' asks {3}; use two different markers whose semaphores markers.c lays out as neighbours, first then second, or {4}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
    }
}
