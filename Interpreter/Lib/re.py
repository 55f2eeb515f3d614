"""Regular expressions: Python's re API over the _re engine (.NET regular expressions).

Supported: compile, search, match, fullmatch, findall, finditer, sub, subn, split, escape,
Pattern and Match objects, named groups, the I/M/S/X/A flags. Lookbehind, backreferences and
the common syntax work; behaviour follows .NET where the two engines differ in corner cases.
"""
import _re

__all__ = ["compile", "search", "match", "fullmatch", "findall", "finditer", "sub", "subn",
           "split", "escape", "purge", "error", "Pattern", "Match",
           "A", "ASCII", "I", "IGNORECASE", "M", "MULTILINE", "S", "DOTALL", "X", "VERBOSE"]

A = ASCII = 256
I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
NOFLAG = 0


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        super().__init__(msg)
        self.msg = msg
        self.pattern = pattern
        self.pos = pos


class Match:
    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans
        self.pos = pos
        self.endpos = endpos

    def _index(self, g):
        if isinstance(g, str):
            try:
                return self.re.groupindex[g]
            except KeyError:
                raise IndexError("no such group") from None
        if not isinstance(g, int) or g < 0 or g >= len(self._spans):
            raise IndexError("no such group")
        return g

    def group(self, *gs):
        if not gs:
            gs = (0,)
        vals = []
        for g in gs:
            s, e = self._spans[self._index(g)]
            vals.append(None if s < 0 else self.string[s:e])
        return vals[0] if len(vals) == 1 else tuple(vals)

    def __getitem__(self, g):
        return self.group(g)

    def groups(self, default=None):
        return tuple(default if s < 0 else self.string[s:e] for s, e in self._spans[1:])

    def groupdict(self, default=None):
        return {name: (default if self._spans[i][0] < 0 else self.string[self._spans[i][0]:self._spans[i][1]])
                for name, i in self.re.groupindex.items()}

    def start(self, g=0):
        return self._spans[self._index(g)][0]

    def end(self, g=0):
        return self._spans[self._index(g)][1]

    def span(self, g=0):
        return self._spans[self._index(g)]

    @property
    def lastindex(self):
        best = None
        best_end = -1
        for i in range(1, len(self._spans)):
            s, e = self._spans[i]
            if s >= 0 and e >= best_end:
                best, best_end = i, e
        return best

    @property
    def lastgroup(self):
        li = self.lastindex
        for name, i in self.re.groupindex.items():
            if i == li:
                return name
        return None

    def expand(self, template):
        return _expand(self, template)

    def __bool__(self):
        return True

    def __repr__(self):
        return f"<re.Match object; span={self.span()!r}, match={self.group()!r}>"


class Pattern:
    def __init__(self, pattern, flags):
        if isinstance(pattern, bytes):
            raise NotImplementedError("bytes regular expressions are not supported by Herthon yet")
        self.pattern = pattern
        self.flags = flags | (0 if flags & ASCII else UNICODE)
        try:
            self.groups, self.groupindex = _re.groupinfo(pattern, flags)
        except ValueError as e:
            msg = str(e)
            raise error(msg[10:] if msg.startswith("re.error: ") else msg, pattern) from None
        self._flags = flags

    def _match(self, string, pos, endpos, mode):
        spans = _re.match(self.pattern, self._flags, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, spans, pos, len(string) if endpos is None else endpos)

    def search(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        for spans in _re.finditer(self.pattern, self._flags, string, pos, endpos):
            yield Match(self, string, spans, pos, len(string) if endpos is None else endpos)

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m.group(1) or "")
            else:
                out.append(tuple(g or "" for g in m.groups()))
        return out

    def subn(self, repl, string, count=0):
        parts = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            parts.append(string[last:m.start()])
            parts.append(repl(m) if callable(repl) else _expand(m, repl))
            last = m.end()
            n += 1
        parts.append(string[last:])
        return "".join(parts), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            n += 1
        out.append(string[last:])
        return out

    def __eq__(self, other):
        return isinstance(other, Pattern) and (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        flag_names = [n for n, v in (("re.IGNORECASE", I), ("re.MULTILINE", M), ("re.DOTALL", S), ("re.VERBOSE", X), ("re.ASCII", A)) if self._flags & v]
        if flag_names:
            return f"re.compile({self.pattern!r}, {'|'.join(flag_names)})"
        return f"re.compile({self.pattern!r})"


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "b": "\b", "\\": "\\"}


def _expand(m, template):
    out = []
    i = 0
    while i < len(template):
        ch = template[i]
        if ch != "\\" or i + 1 == len(template):
            out.append(ch)
            i += 1
            continue
        nx = template[i + 1]
        if nx == "g":
            close = template.index(">", i)
            name = template[i + 3:close]
            out.append(m.group(int(name) if name.isdigit() else name) or "")
            i = close + 1
        elif nx.isdigit():
            j = i + 1
            while j < len(template) and j < i + 3 and template[j].isdigit():
                j += 1
            out.append(m.group(int(template[i + 1:j])) or "")
            i = j
        elif nx in _ESCAPES:
            out.append(_ESCAPES[nx])
            i += 2
        else:
            out.append(ch + nx)
            i += 2
    return "".join(out)


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = _cache[key] = Pattern(pattern, flags)
    return p


def purge():
    _cache.clear()


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


_special_chars_map = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    return pattern.translate(_special_chars_map)
