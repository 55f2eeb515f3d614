# str.join's direct fill (one-, few- and many-character parts, separators of every length) and
# FOR_ITER over a str read inline: results, identities, iterator types and states, errors.
import pickle, sys


class S(str):
    pass


class R(str):
    def __str__(self): return 'R.__str__'


def show(label, v):
    print(label, ascii(v), len(v))


def joins():
    chars = list("hello, world")
    show('one-char parts', "".join(chars))
    show('comma sep', ",".join(chars))
    show('two-char sep', ", ".join(["a", "bc", "def", "ghij", "klmno", "pqrstuvwxyz"]))
    show('long sep', "<-->".join(("x", "", "yy", "")))
    show('empty parts', "".join(["", "", ""]))
    show('empty parts with sep', "-".join(["", "", ""]))
    show('empty list', "".join([]))
    show('empty tuple', "+".join(()))
    for n in range(0, 12):
        part = "abcdefghijk"[:n]
        show('part of %d three times' % n, "|".join([part, part, part]))
    show('latin-1 and bmp', "".join(["\u00e9", "\u20ac", "\u65e5\u672c", "\uffff"]))
    show('astral', "".join(["\U0001F600", "x", "\U00010000\U0010FFFF"]))
    show('astral sep', "\U0001F600".join(["a", "b", "c"]))
    # (lone surrogates only where no high one meets a low one: Herthon's UTF-16 text would pair them)
    show('lone surrogates', "-".join(["\ud800", "\udfff", "\udc00"]))
    big = [chr(0x61 + i % 26) for i in range(100000)]
    r = "".join(big)
    print('big one-char join', len(r), r[:30], r[-5:], r.count('z'))
    r = " ".join(w * (i % 9) for i, w in enumerate(big[:5000]))
    print('generator join', len(r), hash(r) == hash(r[:]), r[:40])
    words = ["w%d" % i for i in range(20000)]
    r = ", ".join(words)
    print('many words', len(r), r[:30], r[-20:])
    # identity: a single exact str item is returned itself; a subclass item is not
    w = "only" * 3
    print('single item is itself', "".join([w]) is w, ",".join((w,)) is w)
    s = S("sub")
    r = "".join([s])
    print('single subclass item', type(r).__name__, r, r is s)
    r = "-".join([S("a"), "b", R("c")])
    print('subclass items', type(r).__name__, r)
    r = S("::").join(["a", "b"])
    print('subclass separator', type(r).__name__, r)
    print('one-char result', "".join(["", "q", ""]) == "q")
    print('list subclass', "".join(type("L", (list,), {})(["x", "y"])))
    for bad in (["a", 1], ("a", None, "b"), [b"x"], ["a", ["b"]], 5, None):
        try:
            "-".join(bad)
        except TypeError as e:
            print('TypeError', e)
    lst = ["a", "b"]
    class Grow:
        def __iter__(self):
            lst.append("c")
            return iter(lst)
    print('iterable that mutates', "".join(Grow()), lst)


def iterate(s):
    out = []
    for ch in s:
        out.append(ch)
    return out


def iteration():
    for s in ("", "a", "abc", "caf\u00e9", "\u0100\u20ac\uffff", "x\U0001F600y", "\udc00\ud800",
              "\ud800x", "\x00\x7f\x80\xff"):
        chars = iterate(s)
        print('iterate', ascii(s), [ascii(c) for c in chars], len(chars) == len(s))
    s = "hello"
    # one-character items are the shared strs; above U+00FF new ones, equal to each other
    print('shared latin-1', all(a is b for a, b in zip(iterate(s), s)))
    e1, e2 = iterate("\u20ac\u20ac")
    print('bmp items equal', e1 == e2, e1 == "\u20ac")
    it = iter("ab\u00e9")
    print('type', type(it).__name__, type(iter("abc")).__name__, type(iter("")).__name__,
          type(iter("\u20ac")).__name__, type(iter("\U0001F600")).__name__)
    print('next', next(it), it.__length_hint__(), next(it), next(it), it.__length_hint__())
    print('exhausted', next(it, 'END'), next(it, 'END'))
    it = iter("abcdef")
    next(it); next(it)
    print('reduce', it.__reduce__()[1:], ''.join(it))
    it = iter("abcdef")
    it.__setstate__(4)
    print('setstate', list(it))
    it = iter("abcdef")
    it.__setstate__(100)
    print('setstate past end', list(it))
    it = iter("abcdef")
    it.__setstate__(-3)
    print('setstate negative', list(it))
    it = iter("xyz")
    next(it)
    it2 = pickle.loads(pickle.dumps(it))
    print('pickled', list(it2), list(it))
    # the same iterator shared by a for loop and next() inside it
    it = iter("abcdefg")
    for ch in it:
        print('shared', ch, next(it, '-'))
    # break and resume
    it = iter("0123456789")
    for ch in it:
        if ch == "3":
            break
    print('resumed', "".join(it))
    # a str subclass with __iter__
    class I(str):
        def __iter__(self): return iter(["I"] * 2)
    print('subclass iter', iterate(I("abc")), iterate(S("abc")))
    # counting characters the way wordfreq does
    counts = {}
    cur = []
    for ch in "The quick, brown fox; the QUICK dog!" + " ":
        if ch.isalpha():
            cur.append(ch.lower())
        elif cur:
            w = "".join(cur)
            counts[w] = counts.get(w, 0) + 1
            cur = []
    print('counts', sorted(counts.items()))
    # a loop variable that is traced sees every character
    seen = []
    def tracer(frame, event, arg):
        if event == 'line' and frame.f_code.co_name == 'traced':
            seen.append(frame.f_locals.get('ch'))
        return tracer
    def traced(s):
        n = 0
        for ch in s:
            n += 1
        return n
    sys.settrace(tracer)
    traced("ab\u20ac")
    sys.settrace(None)
    print('traced', [ascii(c) for c in seen])


joins()
iteration()


def long_iterators():
    # attribute lookups on a str iterator over long text (it.__next__, its type) stay cheap
    import time
    s = "ab\u00e9" * 100000
    it = iter(s)
    t = time.process_time()
    n = 0
    for _ in range(len(s)):
        it.__next__()
        n += 1
    took = time.process_time() - t
    print('long __next__', n, next(it, 'END'), type(it).__name__, took < 5.0)


long_iterators()
