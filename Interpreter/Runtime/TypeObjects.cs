using Herthon.Evaluation;

namespace Herthon.Runtime;

/// <summary>The builtin type objects and the exception hierarchy.</summary>
public static class TypeObjects
{
    public static readonly List<PyType> AllExceptions = [];
    public static readonly PyType Object = MakeRoot();
    public static readonly PyType TypeType = Make("type");
    public static readonly PyType Int = Make("int");
    public static readonly PyType Bool = Make("bool", Int);
    public static readonly PyType Float = Make("float");
    public static readonly PyType Complex = Make("complex");
    public static readonly PyType Str = Make("str");
    public static readonly PyType Bytes = Make("bytes");
    public static readonly PyType ByteArray = Make("bytearray");
    public static readonly PyType List = Make("list");
    public static readonly PyType Tuple = Make("tuple");
    public static readonly PyType Dict = Make("dict");
    public static readonly PyType Set = Make("set");
    public static readonly PyType FrozenSet = Make("frozenset");
    public static readonly PyType Range = Make("range");
    public static readonly PyType Slice = Make("slice");
    public static readonly PyType NoneType = Make("NoneType");
    public static readonly PyType NotImplementedType = Make("NotImplementedType");
    public static readonly PyType EllipsisType = Make("ellipsis");
    public static readonly PyType Function = Make("function");
    public static readonly PyType BuiltinFunction = Make("builtin_function_or_method");
    public static readonly PyType MethodDescriptor = Make("method_descriptor");
    public static readonly PyType GetSetDescriptor = Make("getset_descriptor");
    public static readonly PyType MemberDescriptor = Make("member_descriptor");
    public static readonly PyType Method = Make("method");
    public static readonly PyType StaticMethod = Make("staticmethod");
    public static readonly PyType ClassMethod = Make("classmethod");
    public static readonly PyType Property = Make("property");
    public static readonly PyType Module = Make("module");
    public static readonly PyType CellType = Make("cell");
    public static readonly PyType Code = Make("code");
    public static readonly PyType TracebackType = Make("traceback");
    public static readonly PyType Generator = Make("generator");
    public static readonly PyType Coroutine = Make("coroutine"), CoroutineWrapper = Make("coroutine_wrapper"), AsyncGenerator = Make("async_generator"),
        AsyncGenASend = Make("async_generator_asend"), AsyncGenAThrow = Make("async_generator_athrow"),
        AsyncGenWrappedValue = Make("async_generator_wrapped_value"), AnextAwaitable = Make("anext_awaitable");
    public static readonly PyType Iterator = Make("iterator");
    public static readonly PyType ListIterator = Make("list_iterator");
    public static readonly PyType ListReverseIterator = Make("list_reverseiterator");
    public static readonly PyType TupleIterator = Make("tuple_iterator");
    public static readonly PyType RangeIterator = Make("range_iterator");
    public static readonly PyType StrIterator = Make("str_ascii_iterator");
    public static readonly PyType DictKeyIterator = Make("dict_keyiterator");
    public static readonly PyType SetIterator = Make("set_iterator");
    public static readonly PyType DictKeys = Make("dict_keys");
    public static readonly PyType DictValues = Make("dict_values");
    public static readonly PyType DictItems = Make("dict_items");
    public static readonly PyType Enumerate = Make("enumerate");
    public static readonly PyType Zip = Make("zip");
    public static readonly PyType Map = Make("map");
    public static readonly PyType Filter = Make("filter");
    public static readonly PyType Reversed = Make("reversed");
    public static readonly PyType Super = Make("super");

    // Exceptions
    public static readonly PyType BaseException = MakeExc("BaseException", null);
    public static PyType? BaseExceptionOrNull => _baseException;
    private static PyType? _baseException;
    public static readonly PyType SystemExit = MakeExc("SystemExit", BaseException);
    public static readonly PyType KeyboardInterrupt = MakeExc("KeyboardInterrupt", BaseException);
    public static readonly PyType GeneratorExit = MakeExc("GeneratorExit", BaseException);
    public static readonly PyType Exception = MakeExc("Exception", BaseException);
    public static readonly PyType StopIteration = MakeExc("StopIteration", Exception);
    public static readonly PyType StopAsyncIteration = MakeExc("StopAsyncIteration", Exception);
    public static readonly PyType ArithmeticError = MakeExc("ArithmeticError", Exception);
    public static readonly PyType FloatingPointError = MakeExc("FloatingPointError", ArithmeticError);
    public static readonly PyType OverflowError = MakeExc("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = MakeExc("ZeroDivisionError", ArithmeticError);
    public static readonly PyType AssertionError = MakeExc("AssertionError", Exception);
    public static readonly PyType AttributeError = MakeExc("AttributeError", Exception);
    public static readonly PyType BufferError = MakeExc("BufferError", Exception);
    public static readonly PyType EOFError = MakeExc("EOFError", Exception);
    public static readonly PyType ImportError = MakeExc("ImportError", Exception);
    public static readonly PyType ModuleNotFoundError = MakeExc("ModuleNotFoundError", ImportError);
    public static readonly PyType LookupError = MakeExc("LookupError", Exception);
    public static readonly PyType IndexError = MakeExc("IndexError", LookupError);
    public static readonly PyType KeyError = MakeExc("KeyError", LookupError);
    public static readonly PyType MemoryError = MakeExc("MemoryError", Exception);
    public static readonly PyType NameError = MakeExc("NameError", Exception);
    public static readonly PyType UnboundLocalError = MakeExc("UnboundLocalError", NameError);
    public static readonly PyType OSError = MakeExc("OSError", Exception);
    public static readonly PyType FileNotFoundError = MakeExc("FileNotFoundError", OSError);
    public static readonly PyType FileExistsError = MakeExc("FileExistsError", OSError);
    public static readonly PyType PermissionError = MakeExc("PermissionError", OSError);
    public static readonly PyType IsADirectoryError = MakeExc("IsADirectoryError", OSError);
    public static readonly PyType NotADirectoryError = MakeExc("NotADirectoryError", OSError);
    public static readonly PyType TimeoutError = MakeExc("TimeoutError", OSError);
    public static readonly PyType ConnectionError = MakeExc("ConnectionError", OSError);
    public static readonly PyType BrokenPipeError = MakeExc("BrokenPipeError", ConnectionError);
    public static readonly PyType ConnectionAbortedError = MakeExc("ConnectionAbortedError", ConnectionError);
    public static readonly PyType ConnectionRefusedError = MakeExc("ConnectionRefusedError", ConnectionError);
    public static readonly PyType ConnectionResetError = MakeExc("ConnectionResetError", ConnectionError);
    public static readonly PyType InterruptedError = MakeExc("InterruptedError", OSError);
    public static readonly PyType ChildProcessError = MakeExc("ChildProcessError", OSError);
    public static readonly PyType ProcessLookupError = MakeExc("ProcessLookupError", OSError);
    public static readonly PyType BlockingIOError = MakeExc("BlockingIOError", OSError);
    public static readonly PyType ReferenceError = MakeExc("ReferenceError", Exception);
    public static readonly PyType RuntimeError = MakeExc("RuntimeError", Exception);
    public static readonly PyType NotImplementedError = MakeExc("NotImplementedError", RuntimeError);
    public static readonly PyType RecursionError = MakeExc("RecursionError", RuntimeError);
    public static readonly PyType SyntaxError = MakeExc("SyntaxError", Exception);
    public static readonly PyType IndentationError = MakeExc("IndentationError", SyntaxError);
    public static readonly PyType TabError = MakeExc("TabError", IndentationError);
    public static readonly PyType SystemError = MakeExc("SystemError", Exception);
    public static readonly PyType TypeError = MakeExc("TypeError", Exception);
    public static readonly PyType ValueError = MakeExc("ValueError", Exception);
    public static readonly PyType UnicodeError = MakeExc("UnicodeError", ValueError);
    public static readonly PyType UnicodeDecodeError = MakeExc("UnicodeDecodeError", UnicodeError);
    public static readonly PyType UnicodeEncodeError = MakeExc("UnicodeEncodeError", UnicodeError);
    public static readonly PyType Warning = MakeExc("Warning", Exception);
    public static readonly PyType DeprecationWarning = MakeExc("DeprecationWarning", Warning);
    public static readonly PyType UserWarning = MakeExc("UserWarning", Warning);
    public static readonly PyType RuntimeWarning = MakeExc("RuntimeWarning", Warning);
    public static readonly PyType SyntaxWarning = MakeExc("SyntaxWarning", Warning);
    public static readonly PyType PendingDeprecationWarning = MakeExc("PendingDeprecationWarning", Warning);
    public static readonly PyType FutureWarning = MakeExc("FutureWarning", Warning);
    public static readonly PyType ImportWarning = MakeExc("ImportWarning", Warning);
    public static readonly PyType UnicodeWarning = MakeExc("UnicodeWarning", Warning);
    public static readonly PyType BytesWarning = MakeExc("BytesWarning", Warning);
    public static readonly PyType ResourceWarning = MakeExc("ResourceWarning", Warning);
    public static readonly PyType EncodingWarning = MakeExc("EncodingWarning", Warning);
    public static readonly PyType BaseExceptionGroup = MakeExc("BaseExceptionGroup", BaseException);
    public static readonly PyType ExceptionGroup = MakeExc("ExceptionGroup", BaseExceptionGroup, Exception);

    private static PyType MakeRoot()
    {
        var t = new PyType("object", [], true);
        t.ComputeMro();
        return t;
    }

    private static PyType Make(string name, PyType? @base = null)
    {
        var t = new PyType(name, [@base ?? Object], true);
        t.ComputeMro();
        return t;
    }

    private static PyType MakeExc(string name, PyType? @base, PyType? second = null)
    {
        var t = new PyType(name, second is null ? [@base ?? Object] : [@base!, second], true);
        if (@base is null) _baseException = t;
        t.ComputeMro();
        t.IsException = true;
        // __new__ keeps the positional arguments; keywords are __init__'s business (a subclass's may take some).
        t.New = static (cls, args, kw) =>
        {
            var e = new PyBaseException(cls) { Args = PyTuple.From(args[..(args.Length - (kw?.Length ?? 0))]) };
            // A builtin class is not __init__-ed after __new__ (TypeCall): its __init__ takes or refuses the keywords here.
            if (kw is { Length: > 0 } && cls.IsBuiltin && cls.Lookup(Ops.N.Init) is PyMethodDescriptor init) init.Fn([e, .. args], kw);
            return e;
        };
        AllExceptions.Add(t);
        return t;
    }

    private static bool s_initialized;

    /// <summary>Fills the type dicts with their methods (once per process).</summary>
    public static void EnsureInitialized()
    {
        if (s_initialized) return;
        lock (AllExceptions)
        {
            if (s_initialized) return;
            TypeMethods.Install();
            s_initialized = true;
        }
    }
}
