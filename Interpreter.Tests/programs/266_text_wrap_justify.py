# Text processing: word wrapping, full justification, word frequency and a concordance
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

words = TEXT.split()
def wrap(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines
def justify(line, width, last=False):
    if last or len(line) == 1:
        return " ".join(line).ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(map(len, line))
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(line[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + line[-1]
for width in (30, 45):
    lines = wrap(words, width)
    print(f"--- width {width}, {len(lines)} lines")
    for i, line in enumerate(lines):
        print("|" + justify(line, width, i == len(lines) - 1) + "|")
centered = [" ".join(l).center(40, ".") for l in wrap(words[:12], 28)]
print("\n".join(centered))
clean = [w.strip(",.").lower() for w in words]
freq = {}
for w in clean:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, n in top:
    print(f"{w:>12} {n:3} {'*' * n}")
concordance = {}
for i, w in enumerate(clean):
    if w in ("age", "epoch", "season"):
        concordance.setdefault(w, []).append(" ".join(clean[max(0, i - 2):i + 3]))
for k in sorted(concordance):
    print(k, "->", concordance[k])
print(max(clean, key=len), min(clean, key=len), sum(map(len, clean)) / len(clean))
print(TEXT.title()[:40], TEXT.swapcase()[:20], TEXT.count("it was"), TEXT.lower().count("it was"))
caps = "".join(w[0] for w in words if w[0].isupper())
print(caps, TEXT.splitlines()[1].split(",")[0], len(TEXT.splitlines()))
print(" ".join(w[::-1] for w in words[:6]), "-".join(sorted(set(clean), key=lambda w: (len(w), w))[:6]))
