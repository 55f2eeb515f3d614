"""JSON decoder (CPython's json.decoder semantics and error messages, pure Python)."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}
BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
WS = ' \t\n\r'
_DIGITS = '0123456789'


class _Parser:
    def __init__(self, s, dec):
        self.s = s
        self.dec = dec

    def ws(self, i):
        s = self.s
        n = len(s)
        while i < n and s[i] in WS:
            i += 1
        return i

    def _hex4(self, i):
        esc = self.s[i + 1:i + 5]
        if len(esc) == 4 and esc[1] not in 'xX':
            try:
                return int(esc, 16)
            except ValueError:
                pass
        raise JSONDecodeError("Invalid \\uXXXX escape", self.s, i)

    def string(self, end):
        s = self.s
        n = len(s)
        begin = end - 1
        chunks = []
        strict = self.dec.strict
        while True:
            j = end
            while j < n and s[j] != '"' and s[j] != '\\' and (s[j] >= ' ' or not strict):
                j += 1
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            chunks.append(s[end:j])
            c = s[j]
            end = j + 1
            if c == '"':
                break
            if c != '\\':
                raise JSONDecodeError("Invalid control character at", s, j)
            if end >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            esc = s[end]
            if esc != 'u':
                if esc not in BACKSLASH:
                    raise JSONDecodeError("Invalid \\escape", s, end - 1)
                chunks.append(BACKSLASH[esc])
                end += 1
            else:
                uni = self._hex4(end)
                end += 5
                if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                    uni2 = self._hex4(end + 1)
                    if 0xdc00 <= uni2 <= 0xdfff:
                        uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                        end += 6
                chunks.append(chr(uni))
        return ''.join(chunks), end

    def value(self, i):
        s = self.s
        n = len(s)
        if i >= n:
            raise JSONDecodeError("Expecting value", s, i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.obj(i + 1)
        if c == '[':
            return self.arr(i + 1)
        if c == 'n' and s[i:i + 4] == 'null':
            return None, i + 4
        if c == 't' and s[i:i + 4] == 'true':
            return True, i + 4
        if c == 'f' and s[i:i + 5] == 'false':
            return False, i + 5
        if c == 'N' and s[i:i + 3] == 'NaN':
            return self.dec.parse_constant('NaN'), i + 3
        if c == 'I' and s[i:i + 8] == 'Infinity':
            return self.dec.parse_constant('Infinity'), i + 8
        if c == '-' and s[i:i + 9] == '-Infinity':
            return self.dec.parse_constant('-Infinity'), i + 9
        # number
        j = i
        if j < n and s[j] == '-':
            j += 1
        if j < n and s[j] == '0':
            j += 1
        elif j < n and s[j] in '123456789':
            j += 1
            while j < n and s[j] in _DIGITS:
                j += 1
        else:
            raise JSONDecodeError("Expecting value", s, i)
        intend = j
        frac = exp = ''
        if j + 1 < n and s[j] == '.' and s[j + 1] in _DIGITS:
            k = j + 2
            while k < n and s[k] in _DIGITS:
                k += 1
            frac = s[j:k]
            j = k
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and s[k] in _DIGITS:
                while k < n and s[k] in _DIGITS:
                    k += 1
                exp = s[j:k]
                j = k
        if frac or exp:
            return self.dec.parse_float(s[i:intend] + frac + exp), j
        return self.dec.parse_int(s[i:intend]), j

    def obj(self, end):
        s = self.s
        pairs = []
        end = self.ws(end)
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar == '}':
                end += 1
                return self._finish_obj(pairs), end
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end)
        end += 1
        while True:
            key, end = self.string(end)
            end = self.ws(end)
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = self.ws(end + 1)
            value, end = self.value(end)
            pairs.append((key, value))
            end = self.ws(end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == '}':
                break
            elif nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = self.ws(end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end - 1)
        return self._finish_obj(pairs), end

    def _finish_obj(self, pairs):
        if self.dec.object_pairs_hook is not None:
            return self.dec.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.dec.object_hook is not None:
            return self.dec.object_hook(d)
        return d

    def arr(self, end):
        s = self.s
        values = []
        end = self.ws(end)
        if s[end:end + 1] == ']':
            return values, end + 1
        while True:
            value, end = self.value(end)
            values.append(value)
            end = self.ws(end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == ']':
                break
            elif nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = self.ws(end)
        return values, end


class JSONDecoder(object):
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        p = _Parser(s, self)
        obj, end = self.raw_decode(s, p.ws(0))
        end = p.ws(end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        p = _Parser(s, self)
        return p.value(idx)
