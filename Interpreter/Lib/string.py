"""A collection of string constants (CPython's string module: constants, capwords, Template)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident_char(c):
    return _is_ident_start(c) or ('0' <= c <= '9')


class Template:
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _scan(self, lookup, safe):
        t = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(t)
        while i < n:
            j = t.find(d, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + len(d)
            if t.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and t[k] == '{':
                e = k + 1
                if e < n and _is_ident_start(t[e]):
                    e += 1
                    while e < n and _is_ident_char(t[e]):
                        e += 1
                    if e < n and t[e] == '}':
                        name = t[k + 1:e]
                        out.append(lookup(name, t[j:e + 1]))
                        i = e + 1
                        continue
                if safe:
                    out.append(d)
                    i = k
                    continue
                self._invalid(j)
            if k < n and _is_ident_start(t[k]):
                e = k + 1
                while e < n and _is_ident_char(t[e]):
                    e += 1
                name = t[k:e]
                out.append(lookup(name, t[j:e]))
                i = e
                continue
            if safe:
                out.append(d)
                i = k
                continue
            self._invalid(j)
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            m = dict(mapping)
            m.update(kws)
            mapping = m
        return self._scan(lambda name, raw: str(mapping[name]), False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            m = dict(mapping)
            m.update(kws)
            mapping = m
        def lookup(name, raw):
            try:
                return str(mapping[name])
            except KeyError:
                return raw
        return self._scan(lookup, True)

    def get_identifiers(self):
        ids = []
        def lookup(name, raw):
            if name not in ids:
                ids.append(name)
            return ''
        self._scan(lookup, True)
        return ids

    def is_valid(self):
        try:
            self._scan(lambda name, raw: '', False)
        except ValueError:
            return False
        return True


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
