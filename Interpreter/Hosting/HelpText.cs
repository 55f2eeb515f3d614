namespace Herthon.Hosting;

/// <summary>
/// `herthon --help`, `--help-env`, `--help-xoptions`, `--help-all`: CPython 3.11's texts with its name
/// replaced (PYTHON* variables are HERTHON* here); Herthon's own options follow CPython's, apart.
/// </summary>
internal static class HelpText
{
    public const string Help = """
        usage: herthon [option] ... [-c cmd | -m mod | file | -] [arg] ...
        Options (and corresponding environment variables):
        -b     : issue warnings about str(bytes_instance), str(bytearray_instance)
                 and comparing bytes/bytearray with str. (-bb: issue errors)
        -B     : don't write .pyc files on import; also HERTHONDONTWRITEBYTECODE=x
        -c cmd : program passed in as string (terminates option list)
        -d     : turn on parser debugging output (for experts only, only works on
                 debug builds); also HERTHONDEBUG=x
        -E     : ignore HERTHON* environment variables (such as HERTHONPATH)
        -h     : print this help message and exit (also -? or --help)
        -i     : inspect interactively after running script; forces a prompt even
                 if stdin does not appear to be a terminal; also HERTHONINSPECT=x
        -I     : isolate Herthon from the user's environment (implies -E and -s)
        -m mod : run library module as a script (terminates option list)
        -O     : remove assert and __debug__-dependent statements; add .opt-1 before
                 .pyc extension; also HERTHONOPTIMIZE=x
        -OO    : do -O changes and also discard docstrings; add .opt-2 before
                 .pyc extension
        -P     : don't prepend a potentially unsafe path to sys.path
        -q     : don't print version and copyright messages on interactive startup
        -s     : don't add user site directory to sys.path; also HERTHONNOUSERSITE
        -S     : don't imply 'import site' on initialization
        -u     : force the stdout and stderr streams to be unbuffered;
                 this option has no effect on stdin; also HERTHONUNBUFFERED=x
        -v     : verbose (trace import statements); also HERTHONVERBOSE=x
                 can be supplied multiple times to increase verbosity
        -V     : print the Herthon version number and exit (also --version)
                 when given twice, print more information about the build
        -W arg : warning control; arg is action:message:category:module:lineno
                 also HERTHONWARNINGS=arg
        -x     : skip first line of source, allowing use of non-Unix forms of #!cmd
        -X opt : set implementation-specific option
        --check-hash-based-pycs always|default|never:
                 control how Herthon invalidates hash-based .pyc files
        --help-env      : print help about Herthon environment variables and exit
        --help-xoptions : print help about implementation-specific -X options and exit
        --help-all      : print complete help information and exit
        Arguments:
        file   : program read from script file
        -      : program read from stdin (default; interactive mode if a tty)
        arg ...: arguments passed to program in sys.argv[1:]
        """ + "\n";

    public const string HelpEnv = """
        Environment variables that change behavior:
        HERTHONSTARTUP: file executed on interactive startup (no default)
        HERTHONPATH   : ':'-separated list of directories prefixed to the
                       default module search path.  The result is sys.path.
        HERTHONSAFEPATH: don't prepend a potentially unsafe path to sys.path.
        HERTHONHOME   : alternate <prefix> directory (or <prefix>:<exec_prefix>).
                       The default module search path uses <prefix>/lib/pythonX.X.
        HERTHONPLATLIBDIR : override sys.platlibdir.
        HERTHONCASEOK : ignore case in 'import' statements (Windows).
        HERTHONUTF8: if set to 1, enable the UTF-8 mode.
        HERTHONIOENCODING: Encoding[:errors] used for stdin/stdout/stderr.
        HERTHONFAULTHANDLER: dump the Herthon traceback on fatal errors.
        HERTHONHASHSEED: if this variable is set to 'random', a random value is used
           to seed the hashes of str and bytes objects.  It can also be set to an
           integer in the range [0,4294967295] to get hash values with a
           predictable seed.
        HERTHONINTMAXSTRDIGITS: limits the maximum digit characters in an int value
           when converting from a string and when converting an int back to a str.
           A value of 0 disables the limit.  Conversions to or from bases 2, 4, 8,
           16, and 32 are never limited.
        HERTHONMALLOC: set the Herthon memory allocators and/or install debug hooks
           on Herthon memory allocators. Use HERTHONMALLOC=debug to install debug
           hooks.
        HERTHONCOERCECLOCALE: if this variable is set to 0, it disables the locale
           coercion behavior. Use HERTHONCOERCECLOCALE=warn to request display of
           locale coercion and locale compatibility warnings on stderr.
        HERTHONBREAKPOINT: if this variable is set to 0, it disables the default
           debugger. It can be set to the callable of your debugger of choice.
        HERTHONDEVMODE: enable the development mode.
        HERTHONPYCACHEPREFIX: root directory for bytecode cache (pyc) files.
        HERTHONWARNDEFAULTENCODING: enable opt-in EncodingWarning for 'encoding=None'.
        HERTHONNODEBUGRANGES: If this variable is set, it disables the inclusion of the 
           tables mapping extra location information (end line, start column offset 
           and end column offset) to every instruction in code objects. This is useful 
           when smaller code objects and pyc files are desired as well as suppressing the 
           extra visual location indicators when the interpreter displays tracebacks.
        These variables have equivalent command-line parameters (see --help for details):
        HERTHONDEBUG             : enable parser debug mode (-d)
        HERTHONDONTWRITEBYTECODE : don't write .pyc files (-B)
        HERTHONINSPECT           : inspect interactively after running script (-i)
        HERTHONINTMAXSTRDIGITS   : limit max digit characters in an int value
                                  (-X int_max_str_digits=number)
        HERTHONNOUSERSITE        : disable user site directory (-s)
        HERTHONOPTIMIZE          : enable level 1 optimizations (-O)
        HERTHONUNBUFFERED        : disable stdout/stderr buffering (-u)
        HERTHONVERBOSE           : trace import statements (-v)
        HERTHONWARNINGS=arg      : warning control (-W arg)
        """ + "\n";

    public const string HelpXOptions = """
        The following implementation-specific options are available:

        -X faulthandler: enable faulthandler

        -X showrefcount: output the total reference count and number of used
            memory blocks when the program finishes or after each statement in the
            interactive interpreter. This only works on debug builds

        -X tracemalloc: start tracing Herthon memory allocations using the
            tracemalloc module. By default, only the most recent frame is stored in a
            traceback of a trace. Use -X tracemalloc=NFRAME to start tracing with a
            traceback limit of NFRAME frames

        -X importtime: show how long each import takes. It shows module name,
            cumulative time (including nested imports) and self time (excluding
            nested imports). Note that its output may be broken in multi-threaded
            application. Typical usage is herthon -X importtime -c 'import asyncio'

        -X dev: enable Herthon's "development mode", introducing additional runtime
            checks which are too expensive to be enabled by default. Effect of the
            developer mode:
               * Add default warning filter, as -W default
               * Install debug hooks on memory allocators: see the PyMem_SetupDebugHooks()
                 C function
               * Enable the faulthandler module to dump the Herthon traceback on a crash
               * Enable asyncio debug mode
               * Set the dev_mode attribute of sys.flags to True
               * io.IOBase destructor logs close() exceptions

        -X utf8: enable UTF-8 mode for operating system interfaces, overriding the default
            locale-aware mode. -X utf8=0 explicitly disables UTF-8 mode (even when it would
            otherwise activate automatically)

        -X pycache_prefix=PATH: enable writing .pyc files to a parallel tree rooted at the
            given directory instead of to the code tree

        -X warn_default_encoding: enable opt-in EncodingWarning for 'encoding=None'

        -X no_debug_ranges: disable the inclusion of the tables mapping extra location 
           information (end line, start column offset and end column offset) to every 
           instruction in code objects. This is useful when smaller code objects and pyc 
           files are desired as well as suppressing the extra visual location indicators 
           when the interpreter displays tracebacks.

        -X frozen_modules=[on|off]: whether or not frozen modules should be used.
           The default is "on" (or "off" if you are running a local build).

        -X int_max_str_digits=number: limit the size of int<->str conversions.
            This helps avoid denial of service attacks when parsing untrusted data.
            The default is sys.int_info.default_max_str_digits.  0 disables.
        """ + "\n";

    /// <summary>--help-all: the three texts above, as CPython prints them.</summary>
    public const string HelpAll = Help + "\n\n" + HelpEnv + "\n\n" + HelpXOptions;

}
