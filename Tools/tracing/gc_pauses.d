/*
 * gc_pauses.d: each gc.collect with generation, collected count and duration, and a histogram of
 * pauses at exit — for systems with DTrace (untested here). Line-for-line the logic of the tested
 * gc_pauses.bt.
 *
 *   dtrace -q -s gc_pauses.d -c "./herthon script.py"
 */
herthon$target:::gc-start
{
        self->start = timestamp;
        self->generation = arg0;
}

herthon$target:::gc-done
/self->start/
{
        this->us = (timestamp - self->start) / 1000;
        printf("gc generation %d collected %d in %d us\n", self->generation, arg0, this->us);
        @pause_us = quantize(this->us);
        self->start = 0;
        self->generation = 0;
}
