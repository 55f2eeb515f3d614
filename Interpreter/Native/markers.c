/*
 * The native end of every Herthon marker: the semaphores tracers increment when they attach, and
 * one exported function per marker whose only job is to fire the SDT probe. Managed code finds
 * them with NativeLibrary.GetExport(GetMainProgramHandle(), ...) and calls them only after reading
 * a non-zero semaphore.
 *
 * Linked into the instrumented launcher (WithDtrace=true, exported with -rdynamic), or with
 * -p:ProbesLibrary=shared built alone as libherthon.so, which the launcher links (the main program
 * handle searches it too; ProbeBinding also loads it beside Herthon.dll when run with dotnet).
 * herthon_probes.h is produced from herthon.d by `dtrace -h` at build time; a marker whose arity
 * changed there fails to compile here.
 */
#include <stdint.h>
#include "herthon_probes.h"

/* Every marker function in one section of its own, so the pages holding the probe sites (where a
 * tracer writes its breakpoints) are known: herthon_probe_sites gives their bounds, and start-up's
 * memory release (Hosting/StartupMemory.cs) never drops them, so a tracer attaching while it runs
 * cannot lose a breakpoint to it. */
#define HERTHON_EXPORT __attribute__((visibility("default"), used, noinline, section("herthon_probe_code")))

extern const char __start_herthon_probe_code[] __attribute__((visibility("hidden")));
extern const char __stop_herthon_probe_code[] __attribute__((visibility("hidden")));

__attribute__((visibility("default"), used, noinline))
void herthon_probe_sites(uintptr_t *start, uintptr_t *end)
{
    *start = (uintptr_t)__start_herthon_probe_code;
    *end = (uintptr_t)__stop_herthon_probe_code;
}

/* Semaphores, declared by herthon_probes.h; SDT notes record their addresses. They live in one
 * block whose layout is fixed here (a compiler may order separate variables as it likes), so that
 * the markers a hot site asks together are neighbours and one 32-bit load reads both: the line
 * marker and function__entry (every inline call and generator resume asks the two),
 * function__entry and function__return (an item a sink takes between a yield and its resume),
 * function__return and instance__new__done (every inline frame's exit: a generator's yield), the
 * two cfunction markers, the two instance__delete markers. Each semaphore keeps its own symbol (an
 * alias into the block) for the SDT note and for ProbeBinding; ProbeBinding.Pair checks that a
 * pair's two addresses are neighbours before the managed sites read them as one word
 * ([ProbeEnabled("a", "b")] in Interpreter/Probes/Probes.cs). */
struct herthon_semaphore_block
{
    unsigned short line, function__entry, function__return, instance__new__done;
    unsigned short cfunction__entry, cfunction__return;
    unsigned short instance__delete__start, instance__delete__done;
    unsigned short gc__start, gc__done, import__find__load__start, import__find__load__done,
        audit, instance__new__start, exception__raise, exception__handled;
};

__attribute__((visibility("default"), used, section(".probes"), aligned(8)))
struct herthon_semaphore_block herthon_semaphores = { 0 };

#define HERTHON_STR2(x) #x
#define HERTHON_STR(x) HERTHON_STR2(x)
#define HERTHON_SEMAPHORE(name, offset) \
    _Static_assert(__builtin_offsetof(struct herthon_semaphore_block, name) == (offset), "semaphore offset"); \
    __asm__(".globl herthon_" #name "_semaphore\n" \
            ".type herthon_" #name "_semaphore, @object\n" \
            ".size herthon_" #name "_semaphore, 2\n" \
            ".set herthon_" #name "_semaphore, herthon_semaphores + " HERTHON_STR(offset) "\n")

HERTHON_SEMAPHORE(line, 0);
HERTHON_SEMAPHORE(function__entry, 2);
HERTHON_SEMAPHORE(function__return, 4);
HERTHON_SEMAPHORE(instance__new__done, 6);
HERTHON_SEMAPHORE(cfunction__entry, 8);
HERTHON_SEMAPHORE(cfunction__return, 10);
HERTHON_SEMAPHORE(instance__delete__start, 12);
HERTHON_SEMAPHORE(instance__delete__done, 14);
HERTHON_SEMAPHORE(gc__start, 16);
HERTHON_SEMAPHORE(gc__done, 18);
HERTHON_SEMAPHORE(import__find__load__start, 20);
HERTHON_SEMAPHORE(import__find__load__done, 22);
HERTHON_SEMAPHORE(audit, 24);
HERTHON_SEMAPHORE(instance__new__start, 26);
HERTHON_SEMAPHORE(exception__raise, 28);
HERTHON_SEMAPHORE(exception__handled, 30);
_Static_assert(sizeof(struct herthon_semaphore_block) == 32, "every semaphore has its alias");

HERTHON_EXPORT void herthon_marker_function__entry(const char *filename, const char *funcname, int lineno, uint64_t frameid)
{ HERTHON_FUNCTION_ENTRY(filename, funcname, lineno, frameid); }

HERTHON_EXPORT void herthon_marker_function__return(const char *filename, const char *funcname, int lineno, uint64_t frameid)
{ HERTHON_FUNCTION_RETURN(filename, funcname, lineno, frameid); }

HERTHON_EXPORT void herthon_marker_line(const char *filename, const char *funcname, int lineno)
{ HERTHON_LINE(filename, funcname, lineno); }

HERTHON_EXPORT void herthon_marker_gc__start(int generation)
{ HERTHON_GC_START(generation); }

HERTHON_EXPORT void herthon_marker_gc__done(long collected)
{ HERTHON_GC_DONE(collected); }

HERTHON_EXPORT void herthon_marker_import__find__load__start(const char *modulename)
{ HERTHON_IMPORT_FIND_LOAD_START(modulename); }

HERTHON_EXPORT void herthon_marker_import__find__load__done(const char *modulename, int found)
{ HERTHON_IMPORT_FIND_LOAD_DONE(modulename, found); }

HERTHON_EXPORT void herthon_marker_audit(const char *event, void *args)
{ HERTHON_AUDIT(event, args); }

HERTHON_EXPORT void herthon_marker_cfunction__entry(const char *filename, const char *funcname, int lineno, const char *modulename)
{ HERTHON_CFUNCTION_ENTRY(filename, funcname, lineno, modulename); }

HERTHON_EXPORT void herthon_marker_cfunction__return(const char *filename, const char *funcname, int lineno, const char *modulename)
{ HERTHON_CFUNCTION_RETURN(filename, funcname, lineno, modulename); }

HERTHON_EXPORT void herthon_marker_instance__new__start(const char *typename, const char *modulename)
{ HERTHON_INSTANCE_NEW_START(typename, modulename); }

HERTHON_EXPORT void herthon_marker_instance__new__done(const char *typename, const char *modulename)
{ HERTHON_INSTANCE_NEW_DONE(typename, modulename); }

HERTHON_EXPORT void herthon_marker_exception__raise(const char *typename, const char *filename, int lineno)
{ HERTHON_EXCEPTION_RAISE(typename, filename, lineno); }

HERTHON_EXPORT void herthon_marker_exception__handled(const char *typename, const char *filename, int lineno)
{ HERTHON_EXCEPTION_HANDLED(typename, filename, lineno); }

HERTHON_EXPORT void herthon_marker_instance__delete__start(const char *typename, const char *modulename)
{ HERTHON_INSTANCE_DELETE_START(typename, modulename); }

HERTHON_EXPORT void herthon_marker_instance__delete__done(const char *typename, const char *modulename)
{ HERTHON_INSTANCE_DELETE_DONE(typename, modulename); }
