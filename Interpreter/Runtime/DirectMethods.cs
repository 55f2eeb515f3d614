using System.Runtime.CompilerServices;

namespace Herthon.Runtime;

/// <summary>
/// The direct forms of the builtin methods programs call most (PyMethodDescriptor.Direct0/1/2):
/// what CPython 3.11's PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS and _O call, the method's C function
/// with the receiver and the argument. The loop's CALL_METHOD (Interpreter.DescriptorCall) runs
/// them when self is exactly of the method's type, no keyword is given and the count matches;
/// each one does what the method's body does for that count, and declines (null) only before any
/// effect. Installed after MethodArity.Install, which replaces some descriptors by its wrappers.
/// </summary>
internal static class DirectMethods
{
    public static void Install()
    {
        var set = TypeObjects.Set;
        D1(set, "add", static (self, x) => { Unsafe.As<PySet>(self).Add(x); return PyNone.Instance; });
        D1(set, "discard", static (self, x) => { Unsafe.As<PySet>(self).Remove(x); return PyNone.Instance; });
        D1(set, "remove", static (self, x) => Unsafe.As<PySet>(self).Remove(x) ? PyNone.Instance : throw Errors.KeyError(x));

        var dict = TypeObjects.Dict;
        D1(dict, "get", static (self, k) => Unsafe.As<PyDict>(self).TryGetValue(k, out var v) ? v : PyNone.Instance);
        D2(dict, "get", static (self, k, d) => Unsafe.As<PyDict>(self).TryGetValue(k, out var v) ? v : d);
        D1(dict, "pop", static (self, k) => Unsafe.As<PyDict>(self).Remove(k, out var v) ? v : throw Errors.KeyError(k));
        D2(dict, "pop", static (self, k, d) => Unsafe.As<PyDict>(self).Remove(k, out var v) ? v : d);
        D2(dict, "setdefault", static (self, k, d) =>
        {
            var dd = Unsafe.As<PyDict>(self);
            if (dd.TryGetValue(k, out var v)) return v;
            dd.SetItem(k, d);
            return d;
        });
        D0(dict, "keys", static self => new PyDictView(Unsafe.As<PyDict>(self), DictIterKind.Keys));
        D0(dict, "values", static self => new PyDictView(Unsafe.As<PyDict>(self), DictIterKind.Values));
        D0(dict, "items", static self => new PyDictView(Unsafe.As<PyDict>(self), DictIterKind.Items));

        var list = TypeObjects.List;
        D0(list, "pop", static self =>
        {
            var l = Unsafe.As<PyList>(self);
            if (l.Count == 0) throw Errors.IndexError("pop from empty list");
            var v = l.Items[l.Count - 1];
            l.RemoveAt(l.Count - 1);
            return v;
        });
        D1(list, "extend", static (self, x) => { ListMethods.Extend(Unsafe.As<PyList>(self), x); return PyNone.Instance; });

        var str = TypeObjects.Str;
        D1(str, "join", static (self, x) => StrMethods.JoinDirect(Unsafe.As<PyStr>(self).V, x));
        D1(str, "startswith", static (self, p) =>
            p is PyStr ps ? PyBool.From(StrMethods.Affix(Unsafe.As<PyStr>(self).V, 0, Unsafe.As<PyStr>(self).V, ps.V, true)) : null);
        D1(str, "endswith", static (self, p) =>
            p is PyStr ps ? PyBool.From(StrMethods.Affix(Unsafe.As<PyStr>(self).V, 0, Unsafe.As<PyStr>(self).V, ps.V, false)) : null);
        // The str methods wordfreq-like code calls per word or character (CPython 3.11's
        // PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS / _O): the body's work on the receiver's text.
        D0(str, "lower", static self => StrMethods.Lower(Unsafe.As<PyStr>(self).V));
        D0(str, "upper", static self => StrMethods.Upper(Unsafe.As<PyStr>(self).V));
        D0(str, "isalpha", static self => PyBool.From(StrProperties.IsAlpha(Unsafe.As<PyStr>(self).V)));
        D0(str, "isdigit", static self => PyBool.From(StrProperties.IsDigit(Unsafe.As<PyStr>(self).V)));
        D0(str, "isalnum", static self => PyBool.From(StrProperties.IsAlnum(Unsafe.As<PyStr>(self).V)));
        D0(str, "strip", static self => StrMethods.StripDirect(Unsafe.As<PyStr>(self), null, true, true));
        D1(str, "strip", static (self, c) => StrMethods.StripDirect(Unsafe.As<PyStr>(self), c, true, true));
        D0(str, "lstrip", static self => StrMethods.StripDirect(Unsafe.As<PyStr>(self), null, true, false));
        D1(str, "lstrip", static (self, c) => StrMethods.StripDirect(Unsafe.As<PyStr>(self), c, true, false));
        D0(str, "rstrip", static self => StrMethods.StripDirect(Unsafe.As<PyStr>(self), null, false, true));
        D1(str, "rstrip", static (self, c) => StrMethods.StripDirect(Unsafe.As<PyStr>(self), c, false, true));
        D0(str, "split", static self => StrMethods.SplitWhitespace(self));
    }

    private static PyMethodDescriptor Descr(PyType t, string name) => (PyMethodDescriptor)t.TypeDict.Get(name)!;
    private static void D0(PyType t, string name, Func<PyObject, PyObject?> fn) => Descr(t, name).Direct0 = fn;
    private static void D1(PyType t, string name, Func<PyObject, PyObject, PyObject?> fn) => Descr(t, name).Direct1 = fn;
    private static void D2(PyType t, string name, Func<PyObject, PyObject, PyObject, PyObject?> fn) => Descr(t, name).Direct2 = fn;
}
