/*
 * audit_log.d: every audit event with the repr of its arguments (Herthon passes NUL-terminated
 * UTF-8 text, so copyinstr reads it) — for systems with DTrace (untested here). Line-for-line the
 * tested audit_log.bt.
 *
 *   dtrace -q -s audit_log.d -c "./herthon script.py"
 */
herthon$target:::audit
{
        printf("%d %s %s\n", pid, copyinstr(arg0), copyinstr(arg1));
}
