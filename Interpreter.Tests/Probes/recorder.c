/*
 * A stand-in for the launcher's marker functions, for in-process behaviour tests of the generated
 * probe code: each "marker" copies its arguments into a table the test reads back. Events from
 * threads other than the one that called recorder_reset() are ignored. Built by the tests with gcc.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define MAX_EVENTS 1024
#define MAX_TEXT 512

/* Layout read by MarkerRecorder.cs: offsets 0, 16, 20, 32. */
typedef struct {
    int64_t number[2];
    int marker;          /* index of the marker in herthon.d order */
    int is_null[3];      /* string argument i was a NULL pointer */
    char text[3][MAX_TEXT];
} recorder_event;

static recorder_event events[MAX_EVENTS];
static int event_count;
static int64_t total_calls;
static long recording_thread;

void recorder_reset(void)
{
    event_count = 0;
    total_calls = 0;
    recording_thread = syscall(SYS_gettid);
}

int recorder_count(void) { return event_count; }
int64_t recorder_total(void) { return total_calls; }
const recorder_event *recorder_events(void) { return events; }
int recorder_event_size(void) { return (int)sizeof(recorder_event); }

static recorder_event *next(int marker)
{
    if (syscall(SYS_gettid) != recording_thread)
        return 0;
    total_calls++;
    if (event_count >= MAX_EVENTS)
        return 0;
    recorder_event *e = &events[event_count++];
    memset(e, 0, sizeof *e);
    e->marker = marker;
    return e;
}

static void text(recorder_event *e, int i, const char *p)
{
    e->is_null[i] = p == 0;
    if (p)
        strncpy(e->text[i], p, MAX_TEXT - 1);
}

void rec_function__entry(const char *f, const char *n, int line, uint64_t id)
{ recorder_event *e = next(0); if (e) { text(e, 0, f); text(e, 1, n); e->number[0] = line; e->number[1] = (int64_t)id; } }

void rec_function__return(const char *f, const char *n, int line, uint64_t id)
{ recorder_event *e = next(1); if (e) { text(e, 0, f); text(e, 1, n); e->number[0] = line; e->number[1] = (int64_t)id; } }

void rec_line(const char *f, const char *n, int line)
{ recorder_event *e = next(2); if (e) { text(e, 0, f); text(e, 1, n); e->number[0] = line; } }

void rec_gc__start(int generation)
{ recorder_event *e = next(3); if (e) e->number[0] = generation; }

void rec_gc__done(long collected)
{ recorder_event *e = next(4); if (e) e->number[0] = collected; }

void rec_import__find__load__start(const char *module)
{ recorder_event *e = next(5); if (e) text(e, 0, module); }

void rec_import__find__load__done(const char *module, int found)
{ recorder_event *e = next(6); if (e) { text(e, 0, module); e->number[0] = found; } }

void rec_audit(const char *event, void *args)
{ recorder_event *e = next(7); if (e) { text(e, 0, event); text(e, 1, (const char *)args); } }

void rec_cfunction__entry(const char *f, const char *n, int line, const char *m)
{ recorder_event *e = next(8); if (e) { text(e, 0, f); text(e, 1, n); text(e, 2, m); e->number[0] = line; } }

void rec_cfunction__return(const char *f, const char *n, int line, const char *m)
{ recorder_event *e = next(9); if (e) { text(e, 0, f); text(e, 1, n); text(e, 2, m); e->number[0] = line; } }

void rec_instance__new__start(const char *t, const char *m)
{ recorder_event *e = next(10); if (e) { text(e, 0, t); text(e, 1, m); } }

void rec_instance__new__done(const char *t, const char *m)
{ recorder_event *e = next(11); if (e) { text(e, 0, t); text(e, 1, m); } }

void rec_exception__raise(const char *t, const char *f, int line)
{ recorder_event *e = next(12); if (e) { text(e, 0, t); text(e, 1, f); e->number[0] = line; } }

void rec_exception__handled(const char *t, const char *f, int line)
{ recorder_event *e = next(13); if (e) { text(e, 0, t); text(e, 1, f); e->number[0] = line; } }

void rec_instance__delete__start(const char *t, const char *m)
{ recorder_event *e = next(14); if (e) { text(e, 0, t); text(e, 1, m); } }

void rec_instance__delete__done(const char *t, const char *m)
{ recorder_event *e = next(15); if (e) { text(e, 0, t); text(e, 1, m); } }
