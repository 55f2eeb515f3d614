/*
 * live_instances.d: live instances per user class (created minus finalised), every second and at
 * exit — for systems with DTrace (untested here). Line-for-line the logic of the tested
 * live_instances.bt.
 *
 *   dtrace -q -s live_instances.d -c "./herthon script.py"
 */
herthon$target:::instance-new-done
{
        @live[copyinstr(arg1), copyinstr(arg0)] = sum(1);
}

herthon$target:::instance-delete-done
{
        @live[copyinstr(arg1), copyinstr(arg0)] = sum(-1);
}

tick-1s
{
        printf("%Y live instances per module, class\n", walltimestamp);
        printa(@live);
}

dtrace:::END
{
        printf("at exit, live instances per module, class\n");
        printa(@live);
}
