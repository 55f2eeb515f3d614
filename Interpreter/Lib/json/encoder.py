"""JSON encoder (CPython's pure-Python json.encoder)."""

ESCAPE_DCT = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), '\\u{0:04x}'.format(_i))

INFINITY = float('inf')


def py_encode_basestring(s):
    out = []
    for c in s:
        e = ESCAPE_DCT.get(c)
        out.append(c if e is None else e)
    return '"' + ''.join(out) + '"'


def py_encode_basestring_ascii(s):
    out = []
    for c in s:
        e = ESCAPE_DCT.get(c)
        if e is not None:
            out.append(e)
        elif c < '\x7f':
            out.append(c)
        else:
            n = ord(c)
            if n < 0x10000:
                out.append('\\u{0:04x}'.format(n))
            else:
                n -= 0x10000
                s1 = 0xd800 | ((n >> 10) & 0x3ff)
                s2 = 0xdc00 | (n & 0x3ff)
                out.append('\\u{0:04x}\\u{1:04x}'.format(s1, s2))
    return '"' + ''.join(out) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            else:
                return encode_basestring(o)
        chunks = self.iterencode(o)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        markers = {} if self.check_circular else None
        _encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        allow_nan = self.allow_nan

        def floatstr(o):
            if o != o:
                text = 'NaN'
            elif o == INFINITY:
                text = 'Infinity'
            elif o == -INFINITY:
                text = '-Infinity'
            else:
                return float.__repr__(o)
            if not allow_nan:
                raise ValueError("Out of range float values are not JSON compliant")
            return text

        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        out = []
        self._encode(o, 0, out, markers, _encoder, floatstr, indent)
        return out

    def _encode(self, o, level, out, markers, _encoder, floatstr, indent):
        if isinstance(o, str):
            out.append(_encoder(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(floatstr(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, level, out, markers, _encoder, floatstr, indent)
        elif isinstance(o, dict):
            self._encode_dict(o, level, out, markers, _encoder, floatstr, indent)
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            o2 = self.default(o)
            self._encode(o2, level, out, markers, _encoder, floatstr, indent)
            if markers is not None:
                del markers[markerid]

    def _encode_list(self, lst, level, out, markers, _encoder, floatstr, indent):
        if not lst:
            out.append('[]')
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = lst
        out.append('[')
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            separator = self.item_separator + newline_indent
            out.append(newline_indent)
        else:
            newline_indent = None
            separator = self.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                out.append(separator)
            self._encode(value, level, out, markers, _encoder, floatstr, indent)
        if newline_indent is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append(']')
        if markers is not None:
            del markers[markerid]

    def _encode_dict(self, dct, level, out, markers, _encoder, floatstr, indent):
        if not dct:
            out.append('{}')
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = dct
        out.append('{')
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            item_separator = self.item_separator + newline_indent
            out.append(newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_separator
        first = True
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')
            if first:
                first = False
            else:
                out.append(item_separator)
            out.append(_encoder(key))
            out.append(self.key_separator)
            self._encode(value, level, out, markers, _encoder, floatstr, indent)
        if newline_indent is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append('}')
        if markers is not None:
            del markers[markerid]
