using System.Collections;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Herthon.Parsing;

namespace Herthon.Runtime;

/// <summary>
/// Herthon's C# syntax tree to `ast` node objects and back (CPython's ast2obj_mod / obj2ast_mod).
/// The C# nodes mirror the ASDL (Parsing/Ast.cs), so fields are matched by name (snake_case to
/// PascalCase) and only the few renamed classes and flag-encoded variants are spelled out.
/// </summary>
public static partial class AstModule
{
    /// <summary>ASDL class name of a C# node.</summary>
    private static string PyName(object n) => n switch
    {
        FunctionDef f => f.IsAsync ? "AsyncFunctionDef" : "FunctionDef",
        For f => f.IsAsync ? "AsyncFor" : "For",
        With w => w.IsAsync ? "AsyncWith" : "With",
        Try t => t.IsStar ? "TryStar" : "Try",
        ExprStmt => "Expr",
        DictExpr => "Dict",
        SetExpr => "Set",
        ListExpr => "List",
        TupleExpr => "Tuple",
        Alias => "alias",
        Arg => "arg",
        Arguments => "arguments",
        Keyword => "keyword",
        WithItem => "withitem",
        Comprehension => "comprehension",
        MatchCase => "match_case",
        _ => n.GetType().Name,
    };

    /// <summary>C# class of an ASDL class name, with the flag its variant sets (IsAsync, IsStar).</summary>
    private static (Type Type, string? Flag) CsType(string pyName) => pyName switch
    {
        "AsyncFunctionDef" => (typeof(FunctionDef), "IsAsync"),
        "AsyncFor" => (typeof(For), "IsAsync"),
        "AsyncWith" => (typeof(With), "IsAsync"),
        "TryStar" => (typeof(Try), "IsStar"),
        "Expr" => (typeof(ExprStmt), null),
        "Dict" => (typeof(DictExpr), null),
        "Set" => (typeof(SetExpr), null),
        "List" => (typeof(ListExpr), null),
        "Tuple" => (typeof(TupleExpr), null),
        "alias" => (typeof(Alias), null),
        "arg" => (typeof(Arg), null),
        "arguments" => (typeof(Arguments), null),
        "keyword" => (typeof(Keyword), null),
        "withitem" => (typeof(WithItem), null),
        "comprehension" => (typeof(Comprehension), null),
        "match_case" => (typeof(MatchCase), null),
        "Assert" => (typeof(Parsing.Assert), null),
        "Attribute" => (typeof(Parsing.Attribute), null),
        _ => (typeof(Node).Assembly.GetType("Herthon.Parsing." + pyName)
              ?? throw Errors.NotImplementedError($"compiling an ast.{pyName} node is not supported"), null),
    };

    private static readonly Dictionary<(Type, string), FieldInfo?> s_fields = [];

    /// <summary>The C# field holding ASDL field `name` (null for type_comment, Constant.kind and the
    /// like, which Herthon does not keep).</summary>
    private static FieldInfo? CsField(Type t, string name)
    {
        if (s_fields.TryGetValue((t, name), out var fi)) return fi;
        string want = t == typeof(Arg) && name == "arg" ? "name" : name.Replace("_", "");
        foreach (var f in t.GetFields(BindingFlags.Public | BindingFlags.Instance))
            if (string.Equals(f.Name, want, StringComparison.OrdinalIgnoreCase)) { fi = f; break; }
        s_fields[(t, name)] = fi;
        return fi;
    }

    // ---------------- C# -> Python ----------------

    private sealed class ToPython(State st, string source)
    {
        private readonly string[] _lines = source.Split('\n');

        public PyObject Module(ModuleNode m, string mode)
        {
            if (mode == "eval")
            {
                var e = New("Expression");
                e.Dict!["body"] = Node(((ExprStmt)m.Body[0]).Value);
                return e;
            }
            var o = New(mode == "single" ? "Interactive" : "Module");
            o.Dict!["body"] = List(m.Body, "stmt");
            if (mode != "single") o.Dict!["type_ignores"] = new PyList();
            return o;
        }

        private PyInstance New(string name) => new PyDictInstance(st.Types[name]);
        private Compiling.CompileDepth _depth = new("during ast construction");

        private PyList List(IList items, string type)
        {
            var l = new PyList(items.Count);
            foreach (var x in items) l.Append(Value(x, type));
            return l;
        }

        private PyObject Value(object? v, string type) => type switch
        {
            "identifier" or "string" => v is string s ? PyStr.From(s) : PyNone.Instance,
            "int" => v switch { bool b => PyInt.From(b ? 1 : 0), int i => PyInt.From(i), _ => PyNone.Instance },
            "constant" => Compiling.Compiler.ConstantValue(v),
            _ when v is Enum e => st.Singletons[e.ToString()],
            _ => v is null ? PyNone.Instance : Node(v),
        };

        public PyObject Node(object n)
        {
            _depth.Enter();
            try { return NodeNested(n); }
            finally { _depth.Leave(); }
        }

        private PyObject NodeNested(object n)
        {
            string name = PyName(n);
            var spec = st.Nodes[name];
            if (spec.Fields.Length == 0 && spec.Attributes.Length == 0) return st.Singletons[name];
            var o = New(name);
            var d = o.Dict!;
            var t = n.GetType();
            foreach (var f in spec.Fields)
            {
                var fi = CsField(t, f.Name);
                if (fi is null) { d[f.Name] = f.Sequence ? new PyList() : PyNone.Instance; continue; }
                var v = fi.GetValue(n);
                d[f.Name] = f.Sequence ? List((IList)v!, f.Type) : Value(v, f.Type);
            }
            if (spec.Attributes.Length > 0 && n is Node p)
            {
                d["lineno"] = PyInt.From(p.Line);
                d["col_offset"] = PyInt.From(p.Col);   // the parser's columns are UTF-8 bytes, as CPython's
                d["end_lineno"] = PyInt.From(p.EndLine);
                d["end_col_offset"] = PyInt.From(p.EndCol);
            }
            return o;
        }
    }

    /// <summary>compile(..., PyCF_ONLY_AST): parses and converts to `ast` objects.</summary>
    public static PyObject Parse(string source, string filename, string mode)
    {
        var st = GetState();
        var m = Parser.Parse(source, filename, mode);
        return new ToPython(st, source).Module(m, mode);
    }

    // ---------------- Python -> C# ----------------

    public static bool IsAst(PyObject o) => o.Type.IsSubtypeOf(GetState().Types["AST"]);

    /// <summary>The C# module of an `ast` mod object, checked against compile()'s mode (obj2ast_mod).</summary>
    public static ModuleNode FromPython(PyObject o, string mode)
    {
        var st = GetState();
        string want = mode switch { "eval" => "Expression", "single" => "Interactive", _ => "Module" };
        if (!o.Type.IsSubtypeOf(st.Types[want]))
            throw Errors.TypeError($"expected {want} node, got {o.Type.Name}");
        var conv = new FromPy(st);
        var spec = st.Nodes[want];
        if (mode == "eval")
        {
            var body = (Expr?)conv.Field(o, spec, spec.Fields[0], typeof(Expr));
            ValidateExpr(body!);
            return new ModuleNode([new ExprStmt(body!).At<ExprStmt>(body!)]);
        }
        var stmts = (List<Stmt>)conv.Field(o, spec, spec.Fields[0], typeof(List<Stmt>))!;
        var module = new ModuleNode(stmts);
        Validate(module);
        return module;
    }

    private sealed class FromPy(State st)
    {
        // obj2ast counts Python recursion levels (Py_EnterRecursiveCall), unscaled
        private Compiling.CompileDepth _depth = new("", scale: 1);

        public object? Field(PyObject o, NodeSpec spec, FieldSpec f, Type csType)
        {
            var v = Ops.GetAttrOrNull(o, PyStr.From(f.Name));
            if (v is null)
            {
                if (f.Optional) return null;
                throw Errors.TypeError($"required field \"{f.Name}\" missing from {spec.Name}");
            }
            if (f.Sequence)
            {
                if (v is not PyList l) throw Errors.TypeError($"{spec.Name} field \"{f.Name}\" must be a list, not a {v.Type.Name}");
                var list = NewList(csType);
                var elemType = csType.GetGenericArguments()[0];
                for (int i = 0; i < l.Count; i++)
                {
                    var x = Value(l.Items[i], f, spec, elemType);
                    if (x is null && f.Type is not "expr")   // only Dict keys and kw_defaults hold None
                        throw Errors.ValueError($"field '{f.Name}' is required for {spec.Name}");
                    list.Add(x);
                }
                return list;
            }
            var r = Value(v, f, spec, csType);
            if (r is null && !f.Optional && f.Type != "constant")
                throw Errors.ValueError($"field '{f.Name}' is required for {spec.Name}");
            return r;
        }

        /// <summary>
        /// An empty list of a node field's type. Not Activator.CreateInstance: under NativeAOT the
        /// constructor of List&lt;T&gt; over a parser type exists only where code names it.
        /// </summary>
        private static IList NewList(Type listType)
        {
            if (listType == typeof(List<Stmt>)) return new List<Stmt>();
            if (listType == typeof(List<Expr>)) return new List<Expr>();
            if (listType == typeof(List<Pattern>)) return new List<Pattern>();
            if (listType == typeof(List<Keyword>)) return new List<Keyword>();
            if (listType == typeof(List<Comprehension>)) return new List<Comprehension>();
            if (listType == typeof(List<Alias>)) return new List<Alias>();
            if (listType == typeof(List<Arg>)) return new List<Arg>();
            if (listType == typeof(List<CmpOpKind>)) return new List<CmpOpKind>();
            if (listType == typeof(List<ExceptHandler>)) return new List<ExceptHandler>();
            if (listType == typeof(List<MatchCase>)) return new List<MatchCase>();
            if (listType == typeof(List<WithItem>)) return new List<WithItem>();
            if (listType == typeof(List<string>)) return new List<string>();
            throw new InvalidOperationException($"ast: no list factory for {listType}");
        }

        private object? Value(PyObject v, FieldSpec f, NodeSpec owner, Type csType)
        {
            switch (f.Type)
            {
                case "identifier":
                case "string":
                    if (v is PyNone) return null;
                    return v is PyStr s ? s.V : throw Errors.TypeError("AST identifier must be of type str");
                case "int":
                    if (v is PyNone) return csType == typeof(bool) ? false : 0;
                    if (v is not PyInt pi) throw Errors.ValueError($"invalid integer value: {Ops.Repr(v)}");
                    return csType == typeof(bool) ? pi.V != 0 : (object)(int)pi.V;
                case "constant":
                    return Constant(v);
            }
            if (v is PyNone) return null;
            if (st.Constructors.TryGetValue(f.Type, out var ctors))
            {
                foreach (var c in ctors)
                    if (v.Type.IsSubtypeOf(c.Type))
                        return csType.IsEnum ? Enum.Parse(csType, c.Name) : Node(v, c);
                throw Errors.TypeError($"expected some sort of {f.Type}, but got {Ops.Repr(v)}");
            }
            return Node(v, st.Nodes[f.Type]);
        }

        private object Node(PyObject o, NodeSpec spec)
        {
            _depth.Enter(spec.AbstractName);
            try { return NodeNested(o, spec); }
            finally { _depth.Leave(); }
        }

        private object NodeNested(PyObject o, NodeSpec spec)
        {
            var (t, flag) = CsType(spec.Name);
            var n = RuntimeHelpers.GetUninitializedObject(t);
            // Positions are read first, as CPython's obj2ast does.
            if (n is Node p && spec.Attributes.Length > 0)
            {
                p.Line = Position(o, spec, "lineno", null);
                p.Col = Position(o, spec, "col_offset", null);
                p.EndLine = Position(o, spec, "end_lineno", p.Line);
                p.EndCol = Position(o, spec, "end_col_offset", p.Col);
            }
            foreach (var f in spec.Fields)
            {
                var fi = CsField(t, f.Name);
                if (fi is null) continue;
                fi.SetValue(n, Field(o, spec, f, fi.FieldType));
            }
            if (flag is not null) t.GetField(flag)!.SetValue(n, true);
            return n;
        }

        private static int Position(PyObject o, NodeSpec spec, string name, int? fallback)
        {
            var v = Ops.GetAttrOrNull(o, PyStr.From(name));
            if (v is null || (v is PyNone && fallback is not null))
                return fallback ?? throw Errors.TypeError($"required field \"{name}\" missing from {spec.AbstractName}");
            if (v is not PyInt i) throw Errors.ValueError($"invalid integer value: {Ops.Repr(v)}");
            return (int)i.V;
        }

        /// <summary>Constants the parser produces keep their C# form (the compiler looks at docstrings
        /// and numbers); anything else CPython accepts in a Constant is passed through as is.</summary>
        private static object? Constant(PyObject v) => v switch
        {
            PyNone => null,
            PyBool b => b.V != 0,
            PyInt i when i.Type == TypeObjects.Int => i.Big is { } big ? big : i.V,
            PyFloat d when d.Type == TypeObjects.Float => d.V,
            PyStr s when s.Type == TypeObjects.Str => s.V,
            PyBytes b when b.Type == TypeObjects.Bytes => b.V,
            PyEllipsis => EllipsisValue.Instance,
            PyComplex or PyTuple or PySet => v,
            _ => throw Errors.TypeError($"got an invalid type in Constant: {v.Type.Name}"),
        };
    }
}
