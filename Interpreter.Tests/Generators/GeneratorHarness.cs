using System.Collections.Immutable;
using System.Reflection;
using Herthon.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Herthon.Tests.Generators;

/// <summary>Drives <see cref="ProbeGenerator"/> in-process over small compilations.</summary>
internal static class GeneratorHarness
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string RepoFile(params string[] parts) => File.ReadAllText(Path.Combine([RepositoryRoot, .. parts]));

    /// <summary>The real provider contract.</summary>
    public static string HerthonD => RepoFile("Interpreter", "Native", "herthon.d");

    /// <summary>The real attribute definitions (always compiled into Herthon).</summary>
    public static string Attributes => RepoFile("Interpreter", "Probes", "ProbeAttributes.cs");

    /// <summary>Hand-written runtime support the generated code calls (instrumented builds only).</summary>
    public static string[] RuntimeSupport =>
    [
        RepoFile("Interpreter", "Probes", "ProbeBinding.cs"),
        RepoFile("Interpreter", "Probes", "ProbeStrings.cs"),
        RepoFile("Interpreter", "Probes", "CodeObject.Probes.cs"),
        RepoFile("Interpreter", "Probes", "Frame.Probes.cs"),
    ];

    /// <summary>Minimal CodeObject and Frame with the members of the probe contract.</summary>
    public const string ContractTypes = """
        namespace Herthon.Compiling
        {
            public sealed partial class CodeObject
            {
                public string FileName = "";
                public string Name = "";
                public int FirstLineNo;
                public int LineForInstruction(int ip) => ip;
            }
        }
        namespace Herthon.Evaluation
        {
            public sealed partial class Frame
            {
                public Herthon.Compiling.CodeObject Code = null!;
                public int Ip;
                public object? Generator;
            }
        }
        namespace Herthon.Runtime
        {
            public abstract class PyObject { }
            public sealed class PyTuple : PyObject { }
            public class PyType : PyObject { }
            public class PyBaseException : PyObject { public object? Traceback; }
        }
        namespace Herthon.Probes
        {
            using Herthon.Runtime;
            internal static class ProbeRendering
            {
                internal static bool IsRaiseStatement(Herthon.Evaluation.Frame frame, int ip) => false;
                internal static string BuiltinName(PyObject callable) => "";
                internal static string BuiltinModule(PyObject callable) => "";
                internal static string TypeName(PyType type) => "";
                internal static string TypeModule(PyType type) => "";
                internal static string ExceptionTypeName(PyBaseException exception) => "";
                internal static string Repr(PyTuple args) => "";
            }
        }
        """;

    private static readonly ImmutableArray<MetadataReference> References =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();

    public static CSharpParseOptions ParseOptions(bool instrumented, bool aot = false)
    {
        var symbols = new List<string>();
        if (instrumented)
            symbols.Add(ProbeGenerator.InstrumentedSymbol);
        if (aot)
            symbols.Add(ProbeGenerator.AotSymbol);
        return new(LanguageVersion.Preview, preprocessorSymbols: symbols);
    }

    /// <summary>The SDK's implicit usings, which the Herthon project enables.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static CSharpCompilation Compilation(IEnumerable<string> sources, bool instrumented = true, bool aot = false)
    {
        CSharpParseOptions options = ParseOptions(instrumented, aot);
        return CSharpCompilation.Create(
            "ProbeTest",
            sources.Prepend(ImplicitUsings).Select((s, i) => CSharpSyntaxTree.ParseText(s, options, path: $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
    }

    public static GeneratorDriver Driver(bool instrumented, string? herthonD, bool aot = false)
    {
        var additional = herthonD is null
            ? ImmutableArray<AdditionalText>.Empty
            : ImmutableArray.Create<AdditionalText>(new InMemoryText("/repo/Interpreter/Native/herthon.d", herthonD));
        return CSharpGeneratorDriver.Create(
            [new ProbeGenerator().AsSourceGenerator()],
            additional,
            ParseOptions(instrumented, aot),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator; returns its result and the compilation with the generated sources added.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(IEnumerable<string> sources, bool instrumented = true, string? herthonD = null, bool withProvider = true, bool aot = false)
    {
        CSharpCompilation input = Compilation(sources, instrumented, aot);
        GeneratorDriver driver = Driver(instrumented, withProvider ? herthonD ?? HerthonD : null, aot)
            .RunGeneratorsAndUpdateCompilation(input, out Compilation output, out _);
        return (driver.GetRunResult(), output);
    }

    /// <summary>Diagnostics of the generator (not of the compiler).</summary>
    public static ImmutableArray<Diagnostic> GeneratorDiagnostics(IEnumerable<string> sources, bool instrumented = true, string? herthonD = null, bool withProvider = true)
        => Run(sources, instrumented, herthonD, withProvider).Result.Diagnostics;

    public static string Generated(GeneratorDriverRunResult result, string hintName)
        => result.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    private static string Metadata(string key)
        => typeof(GeneratorHarness).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;
        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
