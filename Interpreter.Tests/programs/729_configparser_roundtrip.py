# configparser: reading an INI file, typed getters, interpolation, modifying and writing it back.
import configparser
import io

SOURCE = """
[DEFAULT]
base_dir = /opt/app
debug = no

[server]
host = 0.0.0.0
port = 8080
timeout = 2.5
log_dir = %(base_dir)s/logs
; a comment
greeting = hello
    world

[database]
url = postgres://db:5432/app
pool size = 5
debug = yes
"""

cfg = configparser.ConfigParser()
cfg.read_string(SOURCE)
print(cfg.sections(), cfg.has_section("server"), "DEFAULT" in cfg)
srv = cfg["server"]
print(srv["host"], srv.getint("port"), srv.getfloat("timeout"), srv.getboolean("debug"))
print(cfg.getboolean("database", "debug"), cfg.getint("database", "pool size"))
print(srv["log_dir"], repr(srv["greeting"]))
print(cfg.get("server", "log_dir", raw=True), cfg.get("server", "missing", fallback="n/a"))
print(sorted(cfg.options("database")), dict(cfg.items("database", raw=True))["base_dir"])
print(srv.get("port", vars={"port": "9090"}), cfg.defaults()["base_dir"])

cfg["server"]["port"] = "9000"
cfg.set("database", "pool size", "10")
cfg.add_section("cache")
cfg["cache"] = {"backend": "redis", "ttl": "300"}
cfg.remove_option("server", "greeting")
cfg.remove_section("database")
out = io.StringIO()
cfg.write(out)
text = out.getvalue()
print(text)

again = configparser.ConfigParser()
again.read_string(text)
print({s: dict(again[s]) for s in again.sections()})

try:
    cfg.get("server", "nothing")
except configparser.NoOptionError as e:
    print(type(e).__name__, e)
try:
    cfg["nosuch"]
except KeyError as e:
    print("KeyError", e)
try:
    configparser.ConfigParser().read_string("[a]\nx=1\n[a]\ny=2\n")
except configparser.DuplicateSectionError as e:
    print(type(e).__name__, e)
try:
    configparser.ConfigParser().read_string("no header\n")
except configparser.MissingSectionHeaderError as e:
    print(type(e).__name__, e.lineno)
bad = configparser.ConfigParser()
bad.read_string("[s]\nv = %(nope)s\n")
try:
    bad["s"]["v"]
except configparser.InterpolationMissingOptionError as e:
    print(type(e).__name__, e)

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[paths]\nroot = /srv\ndata = ${root}/data\n[app]\nstore = ${paths:data}/store\n")
print(ext["app"]["store"])
raw = configparser.RawConfigParser()
raw.read_dict({"x": {"pct": "100%", "n": 3}})
print(raw["x"]["pct"], raw["x"]["n"])
custom = configparser.ConfigParser(delimiters=(":",), comment_prefixes=("#",), allow_no_value=True)
custom.read_string("[flags]\nverbose\nlevel: 3\n# note\n")
print(dict(custom["flags"]))
print(configparser.ConfigParser.BOOLEAN_STATES["on"])
