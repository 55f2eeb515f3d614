using static Herthon.Runtime.PosixNative;

namespace Herthon.Runtime;

/// <summary>The `grp` module: the group database (getgrnam/getgrgid/getgrent through the system's NSS).</summary>
public static class GrpModule
{
    public static readonly PyType StructGroup = StructSeqType.Define("grp", "struct_group", ["gr_name", "gr_passwd", "gr_gid", "gr_mem"], 4);

    private static unsafe PyObject Entry(nint p)
    {
        // struct group: name, passwd, gid, NULL-terminated member list.
        byte** s = (byte**)p;
        static PyObject Str(byte* c) => PyStr.From(PosixModule.FsDecode(CString(c)));
        var mem = new PyList();
        for (byte** m = (byte**)s[3]; m is not null && *m is not null; m++) mem.Append(Str(*m));
        return StructSeqType.Make(StructGroup, [Str(s[0]), Str(s[1]), PyInt.From(*(uint*)(p + 16)), mem]);
    }

    public static PyModule Create()
    {
        var m = new PyModule("grp");
        m.Add("struct_group", StructGroup);
        m.AddFunction("getgrgid", static (a, kw) =>
        {
            var s = PosixModule.Bind("getgrgid", a, kw, 1, 1, "id");
            if (s[0] is not PyInt) throw Errors.TypeError($"gid should be integer, not {s[0]!.Type.Name}");
            var gid = ((PyInt)s[0]!).ToBig();
            // CPython's gid converter words both overflows this way.
            if (gid < -1 || gid >= uint.MaxValue) throw Errors.OverflowError("gid is less than minimum");
            nint p = getgrgid(gid == -1 ? uint.MaxValue : (uint)gid);
            if (p == 0) throw Errors.KeyError($"getgrgid(): gid not found: {gid}");
            return Entry(p);
        });
        m.AddFunction("getgrnam", static (a, kw) =>
        {
            var s = PosixModule.Bind("getgrnam", a, kw, 1, 1, "name");
            if (s[0] is not PyStr name) throw Errors.TypeError($"getgrnam() argument must be str, not {s[0]!.Type.Name}");
            if (name.V.Contains('\0')) throw Errors.ValueError("embedded null character");
            nint p = getgrnam([.. PosixModule.FsEncode(name.V), 0]);
            if (p == 0) throw Errors.KeyError($"getgrnam(): name not found: {Ops.Repr(name)}");
            return Entry(p);
        });
        m.AddFunction("getgrall", static (a, kw) =>
        {
            PosixModule.NoArgs("grp.getgrall", a, kw);
            var l = new PyList();
            setgrent();
            for (nint p; (p = getgrent()) != 0;) l.Append(Entry(p));
            endgrent();
            return l;
        });
        return m;
    }
}
