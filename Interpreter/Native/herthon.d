/*
 * herthon.d — the static-marker contract of Herthon (provider "herthon").
 *
 * This file is the single source of truth for marker names and argument types:
 *   - the build runs `dtrace -h -s herthon.d` to produce herthon_probes.h (never committed) for
 *     the native launcher, which defines one semaphore and one exported firing function per probe;
 *   - the [Probe] source generator reads it (as an AdditionalFile) to validate every [Probe]
 *     declaration and to type the unmanaged calls.
 *
 * Argument names matter: the generator binds each argument by name (see Probes/Probes.cs).
 * Types understood by the generator: const char * (NUL-terminated UTF-8), int, long, uint64_t,
 * void * (Herthon passes a NUL-terminated UTF-8 rendering).
 */
provider herthon {
    /* A bytecode frame starts executing. lineno = co_firstlineno; frameid pairs entry and return. */
    probe function__entry(const char *filename, const char *funcname, int lineno, uint64_t frameid);
    /* A bytecode frame ends (return or exception). lineno = line of the last executed instruction. */
    probe function__return(const char *filename, const char *funcname, int lineno, uint64_t frameid);
    /* Execution reaches the start of a new source line. */
    probe line(const char *filename, const char *funcname, int lineno);
    /* A collection of the given generation starts. */
    probe gc__start(int generation);
    /* A collection ends; collected = number of objects it reclaimed. */
    probe gc__done(long collected);
    /* importlib's find-and-load starts for a module not in sys.modules. */
    probe import__find__load__start(const char *modulename);
    /* find-and-load ended; found = 1 if the module was loaded, 0 if not. */
    probe import__find__load__done(const char *modulename, int found);
    /* sys.audit(event, *args); args points at the NUL-terminated UTF-8 repr of the args tuple. */
    probe audit(const char *event, void *args);

    /* Beyond the specification (as CPython's newer provider and other runtimes have them). */
    /* A builtin (C#-implemented) function is called from bytecode; file/line are the caller's. */
    probe cfunction__entry(const char *filename, const char *funcname, int lineno, const char *modulename);
    /* That builtin call returned (or raised). */
    probe cfunction__return(const char *filename, const char *funcname, int lineno, const char *modulename);
    /* An instance of a user-defined class is being created (before __new__/__init__). */
    probe instance__new__start(const char *typename, const char *modulename);
    /* The instance exists and __init__ ran (also fired when creation raised). */
    probe instance__new__done(const char *typename, const char *modulename);
    /* An exception is raised; file/line are where it first appears in bytecode. */
    probe exception__raise(const char *typename, const char *filename, int lineno);
    /* An except clause caught an exception; file/line are the except clause's. */
    probe exception__handled(const char *typename, const char *filename, int lineno);
    /* Herthon finalises an instance of a user class (around __del__, or found reclaimed by
       gc.collect()); fired on the interpreter thread, never when the CLR's finaliser runs. */
    probe instance__delete__start(const char *typename, const char *modulename);
    /* That finalisation ended (__del__ returned or raised). */
    probe instance__delete__done(const char *typename, const char *modulename);
};
