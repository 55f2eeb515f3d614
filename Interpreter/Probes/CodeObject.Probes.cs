#if HERTHON_DTRACE
using System.Threading;
using Herthon.Probes;

namespace Herthon.Compiling;

// Instrumented builds only: the per-code-object cache of the strings markers pass.
public sealed partial class CodeObject
{
    private ProbeText? _probeText;

    /// <summary>co_filename and co_name as NUL-terminated UTF-8, encoded on the first traced event.</summary>
    internal ProbeText ProbeText
    {
        get
        {
            ProbeText? text = _probeText;
            if (text is null)
            {
                text = new ProbeText(FileName, Name);
                text = Interlocked.CompareExchange(ref _probeText, text, null) ?? text;
            }
            return text;
        }
    }
}
#endif
