text = "it was the best of times it was the worst of times"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
letters = {}
for ch in text.replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items())[:6])
print(max(letters, key=lambda k: (letters[k], k)))
lengths = {}
for w in set(text.split()):
    lengths.setdefault(len(w), []).append(w)
print({k: sorted(v) for k, v in sorted(lengths.items())})
seen = set()
dups = []
for w in text.split():
    if w in seen and w not in dups:
        dups.append(w)
    seen.add(w)
print(dups)
print(len(seen), sorted(seen))
