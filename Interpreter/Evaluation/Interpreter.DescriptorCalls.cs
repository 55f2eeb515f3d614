using System.Runtime.CompilerServices;
using Herthon.Runtime;

namespace Herthon.Evaluation;

public static partial class Interpreter
{
    /// <summary>
    /// CALL_METHOD of a builtin method descriptor (the loop has tested s[fn]'s class): bound
    /// (`s.add(x)`: self in s[fn+1]) or unbound (`dict.get(d, k)`: s[fn+1] null, self the first
    /// argument). When self is exactly of the descriptor's type, no keyword names are pending and no
    /// cfunction marker is enabled, the method runs here: its direct form for 0–2 arguments
    /// (CPython 3.11's PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS / _O: receiver and argument from the
    /// stack, no span, no self check, no arity parsing), else its body over the stack slots.
    /// Null: nothing was done, the call takes CallAt (subclass receivers, keywords, a marker, the
    /// wrong-self TypeError).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? DescriptorCall(Frame f, Slot[] s, int fn, int argc)
    {
        var md = Unsafe.As<PyMethodDescriptor>(s[fn].V!);
        int first = fn + 1;
        var self = s[first].V;
        if (self is null)
        {
            if (argc == 0) return null;
            self = s[++first].V!;
            argc--;
        }
        if (f.KwNames is not null || !ReferenceEquals(FastType.Of(self), md.Owner)) return null;
        bool traced = false;
        Probes.Probes.CFunctionEnabled(ref traced);
        if (traced) return null;
        PyObject? r = null;
        switch (argc)
        {
            case 0: if (md.Direct0 is { } d0) r = d0(self); break;
            case 1: if (md.Direct1 is { } d1) r = d1(self, s[first + 1].V!); break;
            case 2: if (md.Direct2 is { } d2) r = d2(self, s[first + 1].V!, s[first + 2].V!); break;
        }
        return r ?? md.CallExact(ArgSpan(s, first, argc + 1));
    }
}
