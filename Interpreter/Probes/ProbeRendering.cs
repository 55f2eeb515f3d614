using Herthon.Compiling;
using Herthon.Evaluation;
using Herthon.Runtime;

namespace Herthon.Probes;

/// <summary>
/// What the newer markers report, derived from interpreter objects: names of builtin callables,
/// types and exceptions, and the repr an audit event passes. Called only inside a marker's guard
/// (from the argument sources of ProbeArguments.cs) or by the probe-site wrappers of Probes.cs
/// after their semaphore tested non-zero; plain builds never call them.
/// </summary>
internal static class ProbeRendering
{
    /// <summary>
    /// Whether a call of <paramref name="callable"/> is a call of a builtin (C#-implemented) function
    /// or method — what cfunction__entry/return report: builtin functions (<c>len</c>, <c>math.sqrt</c>,
    /// bound <c>[].append</c>), methods of builtin types called through the type or an instance
    /// (<c>list.append</c>), and bound methods wrapping one of these. Classes (<c>int(...)</c>, user
    /// classes) and Python functions are not builtin calls.
    /// </summary>
    internal static bool IsBuiltinCall(PyObject callable) => callable switch
    {
        PyBuiltinFunction or PyMethodDescriptor => true,
        PyMethod m => m.Func is PyBuiltinFunction or PyMethodDescriptor,
        _ => false,
    };

    /// <summary>cfunction funcname: <c>len</c> for a function, <c>list.append</c> for a method of a builtin type.</summary>
    internal static string BuiltinName(PyObject callable) => callable switch
    {
        PyBuiltinFunction { Self: { } self } b when self is not PyModule => self.Type.Name + "." + b.Name,
        PyBuiltinFunction b => b.Name,
        PyMethodDescriptor d => d.Owner.Name + "." + d.Name,
        PyMethod m => BuiltinName(m.Func),
        _ => callable.Type.Name,
    };

    /// <summary>cfunction modulename: the module a builtin function belongs to (<c>builtins</c> for builtins and methods of builtin types).</summary>
    internal static string BuiltinModule(PyObject callable) => callable switch
    {
        PyBuiltinFunction { Self: { } self } when self is not PyModule => self.Type.Module,
        PyBuiltinFunction b => b.ModuleName ?? "builtins",
        PyMethodDescriptor d => d.Owner.Module,
        PyMethod m => BuiltinModule(m.Func),
        _ => "builtins",
    };

    /// <summary>A type's <c>__qualname__</c> (e.g. <c>Outer.Inner</c>).</summary>
    internal static string TypeName(PyType type) => type.QualName;

    /// <summary>A type's <c>__module__</c> (<c>__main__</c> for a class of the main script).</summary>
    internal static string TypeModule(PyType type) => type.Module;

    /// <summary>The exception's type name as a traceback prints it (<c>ValueError</c>, <c>KeyError</c>, <c>MyError</c>).</summary>
    internal static string ExceptionTypeName(PyBaseException exception) => exception.Type.QualName;

    /// <summary>repr() of an audit event's argument tuple, as Python would print it.</summary>
    internal static string Repr(PyTuple args) => Ops.Repr(args);

    /// <summary>Whether the instruction at <paramref name="ip"/> of the frame's code is a raise statement with an operand (<c>raise X</c>).</summary>
    internal static bool IsRaiseStatement(Frame frame, int ip)
    {
        int[] code = frame.Code.Code;
        return (uint)ip < (uint)code.Length && (Op)(code[ip] & 0xFF) == Op.RaiseVarargs && (code[ip] >> 8) >= 1;
    }
}
