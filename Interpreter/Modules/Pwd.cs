using System.Runtime.InteropServices;
using static Herthon.Runtime.PosixNative;

namespace Herthon.Runtime;

/// <summary>The `pwd` module: the password database (getpwnam/getpwuid/getpwent through the system's NSS).</summary>
public static class PwdModule
{
    public static readonly PyType StructPasswd = StructSeqType.Define("pwd", "struct_passwd",
        ["pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"], 7);

    private static unsafe PyObject Entry(nint p)
    {
        // struct passwd: name, passwd, uid, gid, gecos, dir, shell.
        byte** s = (byte**)p;
        static PyObject Str(byte* c) => PyStr.From(PosixModule.FsDecode(CString(c)));
        return StructSeqType.Make(StructPasswd,
            [Str(s[0]), Str(s[1]), PyInt.From(*(uint*)(p + 16)), PyInt.From(*(uint*)(p + 20)), Str(s[3]), Str(s[4]), Str(s[5])]);
    }

    public static PyModule Create()
    {
        var m = new PyModule("pwd");
        m.Add("struct_passwd", StructPasswd);
        m.AddFunction("getpwuid", static (a, kw) =>
        {
            var s = PosixModule.Bind("getpwuid", a, kw, 1, 1, "uidobj");
            if (s[0] is not PyInt) throw Errors.TypeError($"uid should be integer, not {s[0]!.Type.Name}");
            var uid = ((PyInt)s[0]!).ToBig();
            // (uid_t)-1 is looked up like any uid; other values outside uid_t are simply not found.
            if (uid < -1 || uid >= uint.MaxValue) throw Errors.KeyError("getpwuid(): uid not found");
            nint p = getpwuid(uid == -1 ? uint.MaxValue : (uint)uid);
            if (p == 0) throw Errors.KeyError($"getpwuid(): uid not found: {uid}");
            return Entry(p);
        });
        m.AddFunction("getpwnam", static (a, kw) =>
        {
            var s = PosixModule.Bind("getpwnam", a, kw, 1, 1, "name");
            if (s[0] is not PyStr name) throw Errors.TypeError($"getpwnam() argument must be str, not {s[0]!.Type.Name}");
            if (name.V.Contains('\0')) throw Errors.ValueError("embedded null character");
            nint p = getpwnam([.. PosixModule.FsEncode(name.V), 0]);
            if (p == 0) throw Errors.KeyError($"getpwnam(): name not found: {Ops.Repr(name)}");
            return Entry(p);
        });
        m.AddFunction("getpwall", static (a, kw) =>
        {
            PosixModule.NoArgs("pwd.getpwall", a, kw);
            var l = new PyList();
            setpwent();
            for (nint p; (p = getpwent()) != 0;) l.Append(Entry(p));
            endpwent();
            return l;
        });
        return m;
    }
}
