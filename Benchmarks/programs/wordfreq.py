# Dict/str work: generate a text from a small grammar, split it into words, normalise them and
# count frequencies; checked against a second, independent count.
# bench: default=500000 quick=1000 trace=20000
import sys

WORDS = ("the quick brown fox jumps over lazy dog and cat while river runs past old mill "
         "under bright stars every night some people sing songs about time money love "
         "herthon traces python probes markers").split()
PUNCT = [",", ".", ";", "!", "?", ""]


def generate(n):
    state = 12345
    out = []
    for i in range(n):
        state = (state * 69069 + 1) % 4294967296
        w = WORDS[(state >> 8) % len(WORDS)]
        if state % 5 == 0:
            w = w.capitalize()
        elif state % 11 == 0:
            w = w.upper()
        out.append(w + PUNCT[(state >> 4) % len(PUNCT)])
        if i % 13 == 12:
            out.append("\n")
    return " ".join(out)


def normalise(word):
    word = word.strip(",.;!?").lower()
    return word


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for raw in line.split():
            w = normalise(raw)
            if w:
                counts[w] = counts.get(w, 0) + 1
    return counts


def count_chars(text):
    # An independent count: scan characters, build words by hand.
    counts = {}
    cur = []
    for ch in text + " ":
        if ch.isalpha():
            cur.append(ch.lower())
        elif cur:
            w = "".join(cur)
            if w in counts:
                counts[w] += 1
            else:
                counts[w] = 1
            cur = []
    return counts


def main(n):
    text = generate(n)
    counts = count_words(text)
    if counts != count_chars(text):
        raise AssertionError("two counts disagree")
    if sum(counts.values()) != n:
        raise AssertionError("lost words")
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    report = "\n".join("%-10s %6d" % (w, c) for w, c in top)
    print("words", n, "distinct", len(counts))
    print(report)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500000)
