/*
 * call_stack.d: the call/return hierarchy inside start() — the specification's DTrace script, for
 * systems with DTrace (not tested here: Linux has no DTrace). It is line-for-line the logic of the
 * tested call_stack.bt (which bpftrace must spell with an unrolled indent loop instead of %*s).
 *
 *   dtrace -q -s call_stack.d -c "./herthon script.py"
 */
self int indent;

herthon$target:::function-entry
/copyinstr(arg1) == "start"/
{
        self->trace = 1;
}

herthon$target:::function-entry
/self->trace/
{
        printf("%d\t%*s:", timestamp, 15, probename);
        printf("%*s", self->indent, "");
        printf("%s:%s:%d\n", basename(copyinstr(arg0)), copyinstr(arg1), arg2);
        self->indent++;
}

herthon$target:::function-return
/self->trace/
{
        self->indent--;
        printf("%d\t%*s:", timestamp, 15, probename);
        printf("%*s", self->indent, "");
        printf("%s:%s:%d\n", basename(copyinstr(arg0)), copyinstr(arg1), arg2);
}

herthon$target:::function-return
/copyinstr(arg1) == "start"/
{
        self->trace = 0;
}
