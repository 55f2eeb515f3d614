using System.Runtime.InteropServices;
using Herthon.Runtime;

namespace Herthon.Hosting;

/// <summary>
/// The encoding and error handler of sys.stdin/stdout/stderr, decided as CPython 3.11's
/// config_init_stdio_encoding and config_get_stdio_errors do: HERTHONIOENCODING's parts first
/// (an encoding given without errors means strict), else UTF-8 mode's utf-8, else the LC_CTYPE
/// locale's codeset; errors are surrogateescape in UTF-8 mode, in the C and POSIX locales and in the
/// locales CPython coerces to (C.UTF-8), strict otherwise. stderr always uses backslashreplace.
/// </summary>
internal static class StdioEncoding
{
    private const int LC_CTYPE = 0, CODESET = 14;
    [DllImport("libc")] private static extern unsafe byte* setlocale(int category, byte* locale);
    [DllImport("libc")] private static extern unsafe byte* nl_langinfo(int item);

    private static string? s_locale, s_codeset;

    /// <summary>The LC_CTYPE locale from the environment, set once per process as CPython's start-up does
    /// ("C" when the variables name a locale the system does not have).</summary>
    public static unsafe string CtypeLocale()
    {
        if (s_locale is { } known) return known;
        byte empty = 0;
        var name = setlocale(LC_CTYPE, &empty);
        if (name is null) name = setlocale(LC_CTYPE, null);
        return s_locale = name is null ? "C" : Marshal.PtrToStringUTF8((nint)name) ?? "C";
    }

    /// <summary>nl_langinfo(CODESET) of the start-up LC_CTYPE locale ("ANSI_X3.4-1968" in the C locale), read
    /// once: a program's later locale.setlocale must not change the streams of interpreters started after it
    /// in the same process (the test host's).</summary>
    public static unsafe string LocaleCodeset()
    {
        if (s_codeset is { } known) return known;
        CtypeLocale();
        var p = nl_langinfo(CODESET);
        return s_codeset = p is null ? "" : Marshal.PtrToStringUTF8((nint)p) ?? "";
    }

    private static bool IsLegacyLocale(string name) => name is "C" or "POSIX";

    /// <summary>CPython's _Py_IsLocaleCoercionTarget: the locales it would switch a C locale to.</summary>
    private static bool IsCoercionTarget(string name) => name is "C.UTF-8" or "C.utf8" or "UTF-8";

    /// <summary>PEP 540: UTF-8 mode is on when asked for, or by default in the C and POSIX locales.</summary>
    public static int Utf8Mode(CommandLine cl) => cl.Utf8Mode >= 0 ? cl.Utf8Mode : IsLegacyLocale(CtypeLocale()) ? 1 : 0;

    /// <summary>The (encoding, errors) pair before the codec registry normalises the encoding's name.</summary>
    public static (string Encoding, string Errors) Choose(CommandLine cl, int utf8Mode)
    {
        string? encoding = null, errors = null;
        if (cl.IoEncoding is { } io)
        {
            int colon = io.IndexOf(':');
            string enc = colon < 0 ? io : io[..colon];
            string? err = colon < 0 ? null : io[(colon + 1)..];
            if (enc.Length > 0) { encoding = enc; errors = "strict"; }
            if (err is { Length: > 0 }) errors = err;
        }
        encoding ??= utf8Mode != 0 ? "utf-8" : LocaleCodeset() is { Length: > 0 } cs ? cs : "utf-8";
        if (errors is null)
        {
            var loc = CtypeLocale();
            errors = utf8Mode != 0 || IsLegacyLocale(loc) || IsCoercionTarget(loc) ? "surrogateescape" : "strict";
        }
        return (encoding, errors);
    }

    /// <summary>The codec's own name for <paramref name="encoding"/> ("latin-1" is "iso8859-1"), as
    /// CPython's sys.stdout.encoding shows it; throws LookupError for an unknown one.</summary>
    public static string CodecName(string encoding)
    {
        if (encoding is "utf-8" or "UTF-8" or "utf8") return "utf-8";   // no registry import at start-up for the usual case
        var info = Codecs.Lookup(encoding);
        return Ops.GetAttrOrNull(info, PyStr.From("name")) is PyStr n ? n.V : encoding;
    }
}
