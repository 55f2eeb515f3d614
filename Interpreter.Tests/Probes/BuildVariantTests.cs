using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using static Herthon.Tests.Probes.NativeEnvironment;

namespace Herthon.Tests.Probes;

/// <summary>
/// Builds (a) no generator and (b) generator with WithDtrace=false into temporary folders once per
/// run ($HERTHON_VARIANT_A / $HERTHON_VARIANT_B may point at prebuilt output folders instead).
/// </summary>
public sealed class PlainVariants : IDisposable
{
    private readonly string? _temp;

    public string A { get; }
    public string B { get; }

    public PlainVariants()
    {
        string? a = Environment.GetEnvironmentVariable("HERTHON_VARIANT_A"), b = Environment.GetEnvironmentVariable("HERTHON_VARIANT_B");
        if (!string.IsNullOrEmpty(a) && !string.IsNullOrEmpty(b))
        {
            (A, B) = (a, b);
            return;
        }
        _temp = Directory.CreateTempSubdirectory("herthon-variants").FullName;
        // The CoreCLR launcher: the IL comparison needs only Herthon.dll, and an AOT compilation per
        // variant would add minutes to every test run (scripts/build.sh plain builds the AOT one).
        A = Build("a", "-p:ProbeGenerator=false", "-p:HerthonAot=false");
        B = Build("b", "-p:WithDtrace=false", "-p:HerthonAot=false");
    }

    private string Build(string name, params string[] properties)
    {
        string artifacts = Path.Combine(_temp!, name);
        string project = Path.Combine(RepositoryRoot, "Interpreter", "Interpreter.csproj");
        var (code, output, error) = Run("dotnet", ["build", project, "-c", "Release", .. properties, "-p:HerthonReadyToRun=false", "--artifacts-path", artifacts, "-nologo", "-v", "q"], timeoutMs: 900_000);
        Assert.True(code == 0, $"building variant ({name}) {string.Join(' ', properties)} failed:\n{output}\n{error}");
        return Path.Combine(artifacts, "bin", "Interpreter", "release");
    }

    public void Dispose()
    {
        if (_temp is not null)
            Directory.Delete(_temp, recursive: true);
    }
}

/// <summary>The seed's cases (a) and (b): identical IL, and no marker anywhere in the plain build.</summary>
public class BuildVariantTests(PlainVariants variants) : IClassFixture<PlainVariants>
{
    /// <summary>Every method of an assembly, keyed by type, name and signature: IL, locals and exception regions.</summary>
    private static ImmutableSortedDictionary<string, string> MethodBodies(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var pe = new PEReader(stream);
        MetadataReader md = pe.GetMetadataReader();
        var bodies = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (TypeDefinitionHandle th in md.TypeDefinitions)
        {
            TypeDefinition type = md.GetTypeDefinition(th);
            string typeName = md.GetString(type.Namespace) + "." + md.GetString(type.Name);
            foreach (MethodDefinitionHandle mh in type.GetMethods())
            {
                MethodDefinition method = md.GetMethodDefinition(mh);
                string key = $"{typeName}::{md.GetString(method.Name)}({Convert.ToHexString(md.GetBlobBytes(method.Signature))})";
                var body = new StringBuilder();
                if (method.RelativeVirtualAddress != 0)
                {
                    MethodBodyBlock block = pe.GetMethodBody(method.RelativeVirtualAddress);
                    body.Append(Convert.ToHexString(block.GetILBytes()!));
                    body.Append("|locals:").Append(block.LocalSignature.IsNil ? "" : Convert.ToHexString(md.GetBlobBytes(md.GetStandaloneSignature(block.LocalSignature).Signature)));
                    body.Append("|maxstack:").Append(block.MaxStack);
                    foreach (ExceptionRegion region in block.ExceptionRegions)
                        body.Append($"|{region.Kind}:{region.TryOffset}+{region.TryLength}/{region.HandlerOffset}+{region.HandlerLength}");
                }
                bodies[key] = body.ToString();
            }
        }
        return bodies.ToImmutable();
    }

    [Fact]
    public void Case_a_and_case_b_compile_to_identical_IL_for_every_method()
    {
        var a = MethodBodies(Path.Combine(variants.A, "Herthon.dll"));
        var b = MethodBodies(Path.Combine(variants.B, "Herthon.dll"));
        Assert.Equal(a.Keys, b.Keys);   // same methods, none added or removed
        var different = a.Keys.Where(k => a[k] != b[k]).ToList();
        Assert.True(different.Count == 0, "IL differs in: " + string.Join(", ", different));
        Assert.True(a.Count > 10);
    }

    [Fact]
    public void The_comparison_does_see_the_instrumented_build_as_different()
    {
        if (!Instrumented)
            return; // this test run is itself plain: nothing instrumented to compare with
        string instrumented = Path.Combine(AppContext.BaseDirectory, "Herthon.dll");
        var b = MethodBodies(Path.Combine(variants.B, "Herthon.dll"));
        var c = MethodBodies(instrumented);
        Assert.Contains(c.Keys, k => k.StartsWith("Herthon.Probes.HerthonProvider::", StringComparison.Ordinal));
        Assert.DoesNotContain(b.Keys, k => k.StartsWith("Herthon.Probes.HerthonProvider::", StringComparison.Ordinal));
        // Signatures hold type tokens, which differ between the builds: match by name.
        static string EntryBody(ImmutableSortedDictionary<string, string> bodies)
            => bodies[bodies.Keys.Single(k => k.StartsWith("Herthon.Probes.Probes::FunctionEntry(", StringComparison.Ordinal))];
        Assert.NotEqual(EntryBody(b), EntryBody(c));   // `ret` in plain; the call to the guard in instrumented
    }

    [Fact]
    public void Plain_build_has_no_marker_types_caches_or_attributes()
    {
        var b = MethodBodies(Path.Combine(variants.B, "Herthon.dll"));
        string[] instrumentationOnly = ["HerthonProvider", "ProbeBinding", "ProbeStrings", "ProbeText", "::Fire", "ProbeId", "get_ProbeText"];
        foreach (string name in instrumentationOnly)
            Assert.DoesNotContain(b.Keys, k => k.Contains(name, StringComparison.Ordinal));

        using var stream = File.OpenRead(Path.Combine(variants.B, "Herthon.dll"));
        using var pe = new PEReader(stream);
        MetadataReader md = pe.GetMetadataReader();
        Assert.DoesNotContain(md.CustomAttributes.Select(h => md.GetCustomAttribute(h)), attribute =>
            attribute.Constructor.Kind == HandleKind.MethodDefinition
            && md.GetString(md.GetTypeDefinition(md.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType()).Name).StartsWith("Probe", StringComparison.Ordinal));
        Assert.DoesNotContain(md.FieldDefinitions.Select(h => md.GetString(md.GetFieldDefinition(h).Name)), f => f is "_probeId" or "_probeText");
    }

    [Fact]
    public void Plain_launchers_carry_no_SDT_notes_and_no_marker_exports()
    {
        foreach (string folder in new[] { variants.A, variants.B })
        {
            string launcher = Path.Combine(folder, "herthon");
            if (!File.Exists(launcher))
                Assert.Fail($"the plain launcher was not built at {launcher} (gcc missing?)");
            var (_, notes, _) = Run("readelf", ["-n", launcher]);
            Assert.DoesNotContain("stapsdt", notes);
            var (_, symbols, _) = Run("readelf", ["--dyn-syms", "-W", launcher]);
            Assert.DoesNotContain("herthon_marker_", symbols);
            Assert.DoesNotContain("_semaphore", symbols);
        }
    }
}
