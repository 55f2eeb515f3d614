namespace Herthon.Runtime;

/// <summary>
/// The `_ast` module (CPython's Python/Python-ast.c): the node classes of Parser/Python.asdl, which
/// CPython's pure-Python `ast` module re-exports. The classes are ordinary heap types (so user code
/// subclasses them for NodeVisitor/NodeTransformer patterns) built here from the ASDL signatures;
/// AST.__init__ and __reduce__ follow CPython's ast_type_init and ast_type_reduce.
/// Conversion to and from Herthon's C# syntax tree lives in AstConversion.cs.
/// </summary>
public static partial class AstModule
{
    public const int PyCF_ONLY_AST = 0x400, PyCF_TYPE_COMMENTS = 0x1000, PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    /// <summary>Abstract classes ("name : base ; attributes") and concrete ones ("name : base =
    /// ASDL signature"), in CPython 3.11's order.</summary>
    private static readonly string[] Spec =
    [
        "mod : AST ; ",
        "Module : mod = Module(stmt* body, type_ignore* type_ignores)",
        "Interactive : mod = Interactive(stmt* body)",
        "Expression : mod = Expression(expr body)",
        "FunctionType : mod = FunctionType(expr* argtypes, expr returns)",
        "stmt : AST ; lineno col_offset end_lineno end_col_offset",
        "FunctionDef : stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)",
        "AsyncFunctionDef : stmt = AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)",
        "ClassDef : stmt = ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)",
        "Return : stmt = Return(expr? value)",
        "Delete : stmt = Delete(expr* targets)",
        "Assign : stmt = Assign(expr* targets, expr value, string? type_comment)",
        "AugAssign : stmt = AugAssign(expr target, operator op, expr value)",
        "AnnAssign : stmt = AnnAssign(expr target, expr annotation, expr? value, int simple)",
        "For : stmt = For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)",
        "AsyncFor : stmt = AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)",
        "While : stmt = While(expr test, stmt* body, stmt* orelse)",
        "If : stmt = If(expr test, stmt* body, stmt* orelse)",
        "With : stmt = With(withitem* items, stmt* body, string? type_comment)",
        "AsyncWith : stmt = AsyncWith(withitem* items, stmt* body, string? type_comment)",
        "Match : stmt = Match(expr subject, match_case* cases)",
        "Raise : stmt = Raise(expr? exc, expr? cause)",
        "Try : stmt = Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)",
        "TryStar : stmt = TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)",
        "Assert : stmt = Assert(expr test, expr? msg)",
        "Import : stmt = Import(alias* names)",
        "ImportFrom : stmt = ImportFrom(identifier? module, alias* names, int? level)",
        "Global : stmt = Global(identifier* names)",
        "Nonlocal : stmt = Nonlocal(identifier* names)",
        "Expr : stmt = Expr(expr value)",
        "Pass : stmt = Pass",
        "Break : stmt = Break",
        "Continue : stmt = Continue",
        "expr : AST ; lineno col_offset end_lineno end_col_offset",
        "BoolOp : expr = BoolOp(boolop op, expr* values)",
        "NamedExpr : expr = NamedExpr(expr target, expr value)",
        "BinOp : expr = BinOp(expr left, operator op, expr right)",
        "UnaryOp : expr = UnaryOp(unaryop op, expr operand)",
        "Lambda : expr = Lambda(arguments args, expr body)",
        "IfExp : expr = IfExp(expr test, expr body, expr orelse)",
        "Dict : expr = Dict(expr* keys, expr* values)",
        "Set : expr = Set(expr* elts)",
        "ListComp : expr = ListComp(expr elt, comprehension* generators)",
        "SetComp : expr = SetComp(expr elt, comprehension* generators)",
        "DictComp : expr = DictComp(expr key, expr value, comprehension* generators)",
        "GeneratorExp : expr = GeneratorExp(expr elt, comprehension* generators)",
        "Await : expr = Await(expr value)",
        "Yield : expr = Yield(expr? value)",
        "YieldFrom : expr = YieldFrom(expr value)",
        "Compare : expr = Compare(expr left, cmpop* ops, expr* comparators)",
        "Call : expr = Call(expr func, expr* args, keyword* keywords)",
        "FormattedValue : expr = FormattedValue(expr value, int conversion, expr? format_spec)",
        "JoinedStr : expr = JoinedStr(expr* values)",
        "Constant : expr = Constant(constant value, string? kind)",
        "Attribute : expr = Attribute(expr value, identifier attr, expr_context ctx)",
        "Subscript : expr = Subscript(expr value, expr slice, expr_context ctx)",
        "Starred : expr = Starred(expr value, expr_context ctx)",
        "Name : expr = Name(identifier id, expr_context ctx)",
        "List : expr = List(expr* elts, expr_context ctx)",
        "Tuple : expr = Tuple(expr* elts, expr_context ctx)",
        "Slice : expr = Slice(expr? lower, expr? upper, expr? step)",
        "expr_context : AST ; ",
        "Load : expr_context = Load",
        "Store : expr_context = Store",
        "Del : expr_context = Del",
        "boolop : AST ; ",
        "And : boolop = And",
        "Or : boolop = Or",
        "operator : AST ; ",
        "Add : operator = Add",
        "Sub : operator = Sub",
        "Mult : operator = Mult",
        "MatMult : operator = MatMult",
        "Div : operator = Div",
        "Mod : operator = Mod",
        "Pow : operator = Pow",
        "LShift : operator = LShift",
        "RShift : operator = RShift",
        "BitOr : operator = BitOr",
        "BitXor : operator = BitXor",
        "BitAnd : operator = BitAnd",
        "FloorDiv : operator = FloorDiv",
        "unaryop : AST ; ",
        "Invert : unaryop = Invert",
        "Not : unaryop = Not",
        "UAdd : unaryop = UAdd",
        "USub : unaryop = USub",
        "cmpop : AST ; ",
        "Eq : cmpop = Eq",
        "NotEq : cmpop = NotEq",
        "Lt : cmpop = Lt",
        "LtE : cmpop = LtE",
        "Gt : cmpop = Gt",
        "GtE : cmpop = GtE",
        "Is : cmpop = Is",
        "IsNot : cmpop = IsNot",
        "In : cmpop = In",
        "NotIn : cmpop = NotIn",
        "comprehension : AST = comprehension(expr target, expr iter, expr* ifs, int is_async)",
        "excepthandler : AST ; lineno col_offset end_lineno end_col_offset",
        "ExceptHandler : excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)",
        "arguments : AST = arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)",
        "arg : AST = arg(identifier arg, expr? annotation, string? type_comment)",
        "keyword : AST = keyword(identifier? arg, expr value)",
        "alias : AST = alias(identifier name, identifier? asname)",
        "withitem : AST = withitem(expr context_expr, expr? optional_vars)",
        "match_case : AST = match_case(pattern pattern, expr? guard, stmt* body)",
        "pattern : AST ; lineno col_offset end_lineno end_col_offset",
        "MatchValue : pattern = MatchValue(expr value)",
        "MatchSingleton : pattern = MatchSingleton(constant value)",
        "MatchSequence : pattern = MatchSequence(pattern* patterns)",
        "MatchMapping : pattern = MatchMapping(expr* keys, pattern* patterns, identifier? rest)",
        "MatchClass : pattern = MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)",
        "MatchStar : pattern = MatchStar(identifier? name)",
        "MatchAs : pattern = MatchAs(pattern? pattern, identifier? name)",
        "MatchOr : pattern = MatchOr(pattern* patterns)",
        "type_ignore : AST ; ",
        "TypeIgnore : type_ignore = TypeIgnore(int lineno, string tag)",
    ];

    /// <summary>One field of a node class: ASDL type and whether it is optional (?) or a list (*).</summary>
    public sealed record FieldSpec(string Name, string Type, bool Optional, bool Sequence);

    public sealed class NodeSpec(string name, string abstractName, PyType type, FieldSpec[] fields, string[] attributes)
    {
        public readonly string Name = name;
        /// <summary>The ASDL sum type this constructor belongs to (for product types, its own name).</summary>
        public readonly string AbstractName = abstractName;
        public readonly PyType Type = type;
        public readonly FieldSpec[] Fields = fields;
        public readonly string[] Attributes = attributes;
    }

    /// <summary>The classes of the one `_ast` module of this process (CPython's per-interpreter
    /// state); the C# converters look node classes up here.</summary>
    private static State? s_state;

    public sealed class State
    {
        public readonly PyModule Module = new("_ast");
        public readonly Dictionary<string, PyType> Types = [];
        public readonly Dictionary<string, NodeSpec> Nodes = [];
        /// <summary>Shared instances of field-less constructors (Load(), Add(), ...), as CPython uses.</summary>
        public readonly Dictionary<string, PyObject> Singletons = [];
        /// <summary>Abstract sum types in ASDL order with their constructors, for obj2ast's isinstance search.</summary>
        public readonly Dictionary<string, List<NodeSpec>> Constructors = [];
    }

    public static PyModule Create() => GetState().Module;

    public static State GetState()
    {
        if (s_state is not null) return s_state;
        var st = new State();
        var m = st.Module;
        var ast = MakeType("AST", TypeObjects.Object, null);
        ast.TypeDict["_fields"] = PyTuple.Empty;
        ast.TypeDict["_attributes"] = PyTuple.Empty;
        ast.TypeDict["__match_args__"] = PyTuple.Empty;
        // Its own tp_new (any arguments; __init__ checks them), inherited by every node class.
        ast.New = static (t, _, _) => TypeCall.CreateInstance(t);
        ast.SetMethod("__init__", Init);
        ast.SetMethod("__reduce__", Reduce);
        st.Types["AST"] = ast;
        m.Add("AST", ast);

        var abstractDocs = new Dictionary<string, List<string>>();
        foreach (var line in Spec)
        {
            int colon = line.IndexOf(" : ", StringComparison.Ordinal);
            string name = line[..colon];
            string rest = line[(colon + 3)..];
            int eq = rest.IndexOf(" = ", StringComparison.Ordinal), semi = rest.IndexOf(" ; ", StringComparison.Ordinal);
            bool isAbstract = eq < 0 || (semi >= 0 && semi < eq);
            string baseName = isAbstract ? rest[..semi] : rest[..eq];
            var baseType = st.Types[baseName];
            if (isAbstract)
            {
                var attrs = rest[(semi + 3)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var t = MakeType(name, baseType, null);
                t.TypeDict["_fields"] = PyTuple.Empty;
                t.TypeDict["__match_args__"] = PyTuple.Empty;
                t.TypeDict["_attributes"] = StrTuple(attrs);
                if (attrs.Length > 0) { t.TypeDict["end_lineno"] = PyNone.Instance; t.TypeDict["end_col_offset"] = PyNone.Instance; }
                st.Types[name] = t;
                st.Constructors[name] = [];
                abstractDocs[name] = [];
                m.Add(name, t);
                continue;
            }
            string sig = rest[(eq + 3)..];
            var fields = ParseFields(sig);
            bool product = baseName == "AST";
            string[] attributes = product
                ? ProductAttributes(name)
                : ((PyTuple)baseType.Lookup("_attributes")!).Items.Select(x => ((PyStr)x).V).ToArray();
            var type = MakeType(name, baseType, sig);
            var names = StrTuple(fields.Select(f => f.Name).ToArray());
            type.TypeDict["_fields"] = names;
            type.TypeDict["__match_args__"] = names;
            if (product)
            {
                type.TypeDict["_attributes"] = StrTuple(attributes);
                if (attributes.Length > 0) { type.TypeDict["end_lineno"] = PyNone.Instance; type.TypeDict["end_col_offset"] = PyNone.Instance; }
            }
            foreach (var f in fields) if (f.Optional) type.TypeDict[f.Name] = PyNone.Instance;
            var spec = new NodeSpec(name, product ? name : baseName, type, fields, attributes);
            st.Types[name] = type;
            st.Nodes[name] = spec;
            if (!product) { st.Constructors[baseName].Add(spec); abstractDocs[baseName].Add(sig); }
            if (fields.Length == 0 && attributes.Length == 0) st.Singletons[name] = new PyDictInstance(type);
            m.Add(name, type);
        }
        // Python.asdl's layout: simple sums (no fields anywhere) on one line, others one per line.
        foreach (var (name, sigs) in abstractDocs)
            st.Types[name].TypeDict["__doc__"] = PyStr.From(name + " = " + string.Join(
                sigs.TrueForAll(x => !x.Contains('(')) ? " | " : "\n" + new string(' ', name.Length + 1) + "| ", sigs));

        m.Add("PyCF_ONLY_AST", PyInt.From(PyCF_ONLY_AST));
        m.Add("PyCF_TYPE_COMMENTS", PyInt.From(PyCF_TYPE_COMMENTS));
        m.Add("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt.From(PyCF_ALLOW_TOP_LEVEL_AWAIT));
        s_state = st;
        return st;
    }

    /// <summary>arg, keyword and alias carry positions although they are product types.</summary>
    private static string[] ProductAttributes(string name) =>
        name is "arg" or "keyword" or "alias" ? ["lineno", "col_offset", "end_lineno", "end_col_offset"] : [];

    private static FieldSpec[] ParseFields(string sig)
    {
        int open = sig.IndexOf('(');
        if (open < 0) return [];
        var parts = sig[(open + 1)..^1].Split(", ");
        var fields = new FieldSpec[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            var (type, name) = (parts[i][..parts[i].IndexOf(' ')], parts[i][(parts[i].IndexOf(' ') + 1)..]);
            bool opt = type.EndsWith('?'), seq = type.EndsWith('*');
            fields[i] = new FieldSpec(name, opt || seq ? type[..^1] : type, opt, seq);
        }
        return fields;
    }

    private static PyTuple StrTuple(string[] names)
    {
        var items = new PyObject[names.Length];
        for (int i = 0; i < names.Length; i++) items[i] = PyStr.From(names[i]);
        return PyTuple.From(items);
    }

    private static PyType MakeType(string name, PyType baseType, string? doc)
    {
        var dict = new PyDict();
        dict["__module__"] = PyStr.From("ast");
        dict["__doc__"] = doc is null ? PyNone.Instance : PyStr.From(doc);
        return (PyType)Ops.Call(TypeObjects.TypeType, [PyStr.From(name), PyTuple.From([baseType]), dict]);
    }

    /// <summary>AST.__init__(self, *args, **kwargs): positional arguments fill _fields in order,
    /// keywords set any attribute (CPython's ast_type_init).</summary>
    private static PyObject Init(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var self = a[0];
        int npos = Args.Positional(a, kw) - 1;
        if (npos > 0)
        {
            var fieldsObj = Ops.GetAttrOrNull(self.Type, PyStr.From("_fields"));
            var fields = fieldsObj is null ? [] : Ops.ToList(fieldsObj);
            if (npos > fields.Count)
                throw Errors.TypeError($"{self.Type.Name} constructor takes at most {fields.Count} positional argument{(fields.Count == 1 ? "" : "s")}");
            for (int i = 0; i < npos; i++)
                Ops.SetAttr(self, fields[i] as PyStr ?? PyStr.From(Ops.Str(fields[i])), a[1 + i]);
        }
        if (kw is not null)
            for (int i = 0; i < kw.Length; i++) Ops.SetAttr(self, PyStr.From(kw[i]), a[1 + npos + i]);
        return PyNone.Instance;
    }

    /// <summary>AST.__reduce__: (type, (), __dict__) so copy and pickle rebuild nodes.</summary>
    private static PyObject Reduce(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args.Count("__reduce__", a, kw, 1, 1);
        var self = a[0];
        if (self.Dict is { } d) return PyTuple.From([self.Type, PyTuple.Empty, d]);
        return PyTuple.From([self.Type, PyTuple.Empty]);
    }
}
