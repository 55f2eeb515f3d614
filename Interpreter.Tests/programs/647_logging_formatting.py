# logging over the time module: formatters with a fixed clock, handlers, levels, exceptions, basicConfig.
import io
import logging
import os
import sys
import time

os.environ["TZ"] = "Europe/Berlin"
time.tzset()


class UTCFormatter(logging.Formatter):
    converter = time.gmtime


def record(name, level, msg, args=(), created=1_700_000_000.25, exc_info=None):
    r = logging.LogRecord(name, level, "app.py", 42, msg, args, exc_info, func="handle")
    r.created, r.msecs = created, (created % 1) * 1000
    return r


utc = UTCFormatter("%(asctime)s %(levelname)-8s %(name)s: %(message)s", datefmt="%Y-%m-%dT%H:%M:%SZ")
local = logging.Formatter("[%(asctime)s] %(levelname)s %(funcName)s:%(lineno)d %(message)s")
brace = logging.Formatter("{asctime} {levelname:>7} {message}", datefmt="%H:%M %Z", style="{")
for r in [record("app", logging.INFO, "hello %s", ("world",)),
          record("app.db", logging.WARNING, "slow query: %.1f ms", (123.456,), created=1_719_792_000.5),
          record("app", logging.ERROR, "%d items failed", (3,), created=946_684_799.999)]:
    print(utc.format(r))
    print(local.format(r))
    print(brace.format(r))
print(local.formatTime(record("x", 10, "m"), "%A %d %B %Y %H:%M:%S %z"))

# a logger tree writing through handlers into buffers
main_buf, err_buf = io.StringIO(), io.StringIO()
log = logging.getLogger("svc")
log.setLevel(logging.DEBUG)
h = logging.StreamHandler(main_buf)
h.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
log.addHandler(h)
errors = logging.StreamHandler(err_buf)
errors.setLevel(logging.ERROR)
errors.setFormatter(logging.Formatter("!! %(name)s %(message)s"))
log.addHandler(errors)
log.propagate = False

log.debug("starting %d workers", 4)
log.getChild("worker.1").info("ready")
log.warning("disk at %d%%", 91)
try:
    {}["missing"]
except KeyError:
    log.exception("lookup failed")
log.getChild("io").error("gave up after %s", "3 tries")
log.setLevel(logging.WARNING)
log.info("filtered out")


class OnlyWorkers(logging.Filter):
    def filter(self, rec):
        return ".worker" in rec.name


h.addFilter(OnlyWorkers())
log.warning("dropped by the filter")
log.getChild("worker.2").warning("kept by the filter")
print(main_buf.getvalue().replace(__file__, "<prog>"), end="")
print("--- errors only")
print(err_buf.getvalue().replace(__file__, "<prog>"), end="")
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), log.isEnabledFor(logging.INFO), log.getEffectiveLevel())

# basicConfig with asctime in the format: the clock is real, so only the shape is checked
out = io.StringIO()
logging.basicConfig(stream=out, level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
logging.info("configured")
logging.debug("not shown")
line = out.getvalue().rstrip("\n")
stamp, rest = line[:23], line[24:]
print(rest, time.strptime(stamp[:19], "%Y-%m-%d %H:%M:%S").tm_year >= 2024, stamp[19] == ",", stamp[20:].isdigit())
