# str methods count positions in code points, also when the text holds
# characters outside the Basic Multilingual Plane (emoji, historic scripts).

msg = "ab\U0001F600true"
print(len(msg), msg[2], msg[3:], msg[-4:], msg[::-1], list(reversed(msg))[:3])
print(msg.startswith("true", 3), msg.endswith("ab", 0, 2), msg.startswith("\U0001F600", 2))
print(msg.startswith(("q", "tr"), 3), msg.endswith("tru", 0, -1), msg.startswith("", 7), msg.startswith("", 8))

log = "x\U0001F600y\U0001F600z\U0001F600"
print(log.find("y"), log.find("z", 3), log.find("\U0001F600", 2), log.rfind("\U0001F600"), log.rfind("y", 0, 2))
print(log.index("z"), log.rindex("\U0001F600", 0, 5), log.count("\U0001F600", 2), log.count("", 1), log.count("\U0001F600", 2, 4))
print(log.find("", 4), log.rfind("", 2, 4), log.find("y", 10), log.find("", 6), log.find("", 7), log.count("", 5, 2))
try:
    log.index("w", 1)
except ValueError as exc:
    print("ValueError:", exc)

# Position-based slicing of a chat line, the way a parser would do it.
line = "\U0001F4AC alice: hi \U0001F44B there"
colon = line.index(":")
print(colon, repr(line[:colon]), repr(line[colon + 2:]), line.find("there", colon))

print(log.replace("\U0001F600", "-", 2), "\U0001F600\U0001F601".replace("", "|"), "\U0001F600\U0001F601".replace("", "|", 2))
print(log.split("\U0001F600", 1), log.rsplit("\U0001F600", 1), log.partition("y"), log.rpartition("\U0001F600"))
print(repr("\U0001F600\tx\U0001F600\U0001F600\ty".expandtabs(4)))

print(repr("\U0001F600".center(5, "*")), repr("\U0001F600ab".ljust(6, "\U0001F601")), repr("\U0001F600".rjust(3)), repr("-\U0001F600".zfill(5)))
print(log.center(10, "\U0001F601"), len(log.center(10, "\U0001F601")))
print(repr("{:>5}|{:<4}|{:^5}|{:.2}".format("\U0001F600", "a\U0001F600", "\U0001F600", "\U0001F600\U0001F601x")))
face = "\U0001F600"
print(repr(f"{face:*^7}"), repr(f"{log:-^10}"), repr(f"{log!r:>12}"))
print(repr("%-5s|%5s|%.2s" % ("\U0001F600", "\U0001F600a", "\U0001F600\U0001F601x")))

# Table rows line up by code points.
for name, icon in [("sun", "\u2600"), ("smile", "\U0001F600"), ("rocket", "\U0001F680")]:
    print(f"|{name:<8}|{icon:^5}|{icon * 2:>4}|")

print(log.__len__(), [c for c in log.__iter__()][:2], log.translate({0x1F600: "!", ord("y"): None}))
print([ord(c) for c in "a\U0001F600b"], "\U0001F600" in log, log.count("\U0001F600y"))
