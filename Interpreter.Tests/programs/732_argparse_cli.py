# argparse: a small "backup" command line tool parsed with several argv lists, --help, and errors.
import argparse
import sys

def build():
    parser = argparse.ArgumentParser(prog="backup", description="Back up directories to an archive.",
                                     epilog="Example: backup create -v src dst")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    parser.add_argument("--version", action="version", version="%(prog)s 2.1")
    parser.add_argument("--config", metavar="FILE", help="config file (default: %(default)s)",
                        default="~/.backuprc")
    sub = parser.add_subparsers(dest="command", required=True, title="commands")

    create = sub.add_parser("create", help="create a backup")
    create.add_argument("sources", nargs="+", help="directories to back up")
    create.add_argument("dest")
    create.add_argument("-c", "--compress", choices=["gz", "bz2", "xz"], default="gz")
    create.add_argument("--level", type=int, default=6)
    create.add_argument("--exclude", action="append", default=[])
    create.add_argument("--dry-run", action="store_true")

    restore = sub.add_parser("restore", help="restore a backup", aliases=["rs"])
    restore.add_argument("archive")
    group = restore.add_mutually_exclusive_group()
    group.add_argument("--overwrite", action="store_true")
    group.add_argument("--skip-existing", action="store_true")
    restore.add_argument("--only", nargs="*", default=None)
    restore.add_argument("--ratio", type=float)
    return parser

parser = build()

def run(argv):
    print(">>", " ".join(argv))
    try:
        ns = parser.parse_args(argv)
    except SystemExit as e:
        print("exit code", e.code)
        return
    print(sorted(vars(ns).items()))

sys.stderr = sys.stdout   # argparse writes usage errors to stderr: show them inline
run(["create", "src", "lib", "/backups", "-c", "xz", "--exclude", "*.pyc", "--exclude", ".git"])
run(["-vv", "create", "--level=9", "--dry-run", "a", "b"])
run(["restore", "arch.tar", "--overwrite", "--only", "x", "y"])
run(["rs", "arch.tar", "--ratio", "0.5"])
run(["--version"])
run(["--help"])
run(["create", "--help"])
run(["create", "only-one-arg"] [:1])
run(["create", "a", "b", "-c", "zip"])
run(["create", "a", "b", "--level", "high"])
run(["restore", "x", "--overwrite", "--skip-existing"])
run(["frobnicate"])
run([])
run(["create", "a", "b", "--bogus"])

ns, rest = parser.parse_known_args(["create", "a", "b", "--extra", "1"])
print(ns.sources, ns.dest, rest)

p2 = argparse.ArgumentParser(prog="calc", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p2.add_argument("numbers", type=int, nargs="*", metavar="N", default=[1, 2])
p2.add_argument("--op", choices=("sum", "max"), default="sum", help="operation")
p2.add_argument("--scale", type=float, default=1.0, help="multiplier")
a = p2.parse_args(["3", "4", "5", "--op", "max"])
print(a, {"sum": sum, "max": max}[a.op](a.numbers) * a.scale)
print(p2.format_help())
print(p2.format_usage())
try:
    p2.add_argument("--op")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
ns = argparse.Namespace(x=1)
print(ns, "x" in ns, ns == argparse.Namespace(x=1))
