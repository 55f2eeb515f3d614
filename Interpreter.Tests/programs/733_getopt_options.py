# getopt: classic Unix-style option parsing for a small "convert" tool.
import getopt

def parse(argv):
    opts, args = getopt.getopt(argv, "hvo:q", ["help", "output=", "verbose", "level="])
    config = {"verbose": 0, "output": None, "level": 1, "quiet": False}
    for o, a in opts:
        if o in ("-h", "--help"):
            config["help"] = True
        elif o in ("-v", "--verbose"):
            config["verbose"] += 1
        elif o in ("-o", "--output"):
            config["output"] = a
        elif o == "--level":
            config["level"] = int(a)
        elif o == "-q":
            config["quiet"] = True
    return opts, args, config

for argv in (["-v", "-o", "out.txt", "in.txt"],
             ["-vvq", "-oresult.bin", "a", "b"],
             ["--output=x.json", "--verb", "--level", "3", "file"],
             ["in.txt", "-v"],
             ["--", "-v", "file"],
             []):
    print(argv, "->", parse(argv))

print(getopt.gnu_getopt(["in.txt", "-v", "--output", "o", "more"], "vo:", ["output="]))
print(getopt.gnu_getopt(["+x", "-a"], "+a", []))

for bad in (["-x"], ["-o"], ["--output"], ["--lev=2", "--le=3"], ["--help=yes"], ["--unknown"]):
    try:
        parse(bad)
    except getopt.GetoptError as e:
        print(bad, "GetoptError:", e.msg, "| opt:", repr(e.opt))
try:
    getopt.getopt(["--ver"], "", ["verbose", "version"])
except getopt.error as e:
    print("ambiguous:", e)
