using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Herthon.Generators
{
    // Plain, equatable descriptions of what the Parser found. No symbols or syntax nodes cross a
    // pipeline step, so each step's output compares by value and unchanged inputs stay cached.

    /// <summary>C# side of a value: what a parameter or a [ProbeArg] method provides.</summary>
    internal enum ValueKind { Other, String, BytePointer, VoidPointer, Int32, Int64, UInt64 }

    /// <summary>C side of a marker argument, as herthon.d declares it.</summary>
    internal enum CType { CharPointer, Int, Long, UInt64, VoidPointer }

    internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
    {
        public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

        public static LocationInfo? From(Location? location)
            => location is null || location.SourceTree is null
                ? null
                : new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
    }

    internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments)
            => new DiagnosticInfo(descriptor.Id, location, arguments.ToEquatableArray());
    }

    /// <summary>A parameter; <see cref="BindingName"/> is its [ProbeArg] name, or its own name.</summary>
    internal sealed record ParameterSpec(string Name, string BindingName, string TypeName, ValueKind Kind);

    /// <summary>One type around a probe method, outermost first ("static partial class Probes").</summary>
    internal sealed record ContainingTypeSpec(string Keyword, string Name);

    /// <summary>A [Probe] or [ProbeEnabled] method as declared.</summary>
    internal sealed record ProbeSiteSpec(
        string Marker,
        string? Next,
        bool IsEnabledQuery,
        string MethodName,
        string Namespace,
        EquatableArray<ContainingTypeSpec> Types,
        string TypeFullName,
        EquatableArray<ParameterSpec> Parameters,
        LocationInfo? Location,
        EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>A [ProbeArg("name")] static method: computes marker argument <see cref="Argument"/> from context values.</summary>
    internal sealed record ArgSourceSpec(
        string Argument,
        string MethodName,
        string TypeFullName,
        string QualifiedName,
        EquatableArray<ParameterSpec> Parameters,
        string ReturnTypeName,
        ValueKind ReturnKind,
        LocationInfo? Location,
        EquatableArray<DiagnosticInfo> Diagnostics);

    internal sealed record MarkerArgSpec(string Name, CType Type);

    internal sealed record MarkerSpec(string Name, EquatableArray<MarkerArgSpec> Arguments);

    /// <summary>The provider file (herthon.d) as parsed.</summary>
    internal sealed record ProviderSpec(string Name, EquatableArray<MarkerSpec> Markers, EquatableArray<DiagnosticInfo> Diagnostics);

    // ---- Binder output: what the Emitter needs, and nothing positional, so that edits which only
    // move code around leave the emitted source cached.

    /// <summary>How one marker argument is computed: <see cref="Expression"/>, then UTF-8 encoded when <see cref="Encode"/>.</summary>
    internal sealed record BoundArgument(string Name, CType Type, string Expression, bool Encode, bool IsParameter);

    /// <summary>A [ProbeEnabled] site's <see cref="Next"/>: the second marker of a pair query (one
    /// 32-bit read of two neighbouring semaphores), or null.</summary>
    internal sealed record BoundSite(
        string Marker,
        string? Next,
        bool IsEnabledQuery,
        string MethodName,
        EquatableArray<ParameterSpec> Parameters,
        EquatableArray<BoundArgument> Arguments);

    internal sealed record BoundType(string Namespace, EquatableArray<ContainingTypeSpec> Types, string TypeFullName, EquatableArray<BoundSite> Sites);

    /// <summary>Two markers a [ProbeEnabled] query asks with one read of their neighbouring semaphores.</summary>
    internal sealed record MarkerPair(string First, string Second);

    internal sealed record EmitModel(string Provider, EquatableArray<MarkerSpec> Markers, EquatableArray<BoundType> Types, EquatableArray<MarkerPair> Pairs);

    internal sealed record BindResult(EmitModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
}
