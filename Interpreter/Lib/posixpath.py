"""Common operations on POSIX pathnames (a subset of CPython's posixpath)."""
import posix as _posix

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename", "dirname",
           "exists", "isfile", "isdir", "islink", "getsize", "getmtime", "abspath", "normpath",
           "realpath", "relpath", "expanduser", "commonprefix", "sep", "curdir", "pardir", "extsep"]


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    return f(p)


def normcase(s):
    return _fspath(s)


def isabs(s):
    return _fspath(s).startswith('/')


def join(a, *p):
    a = _fspath(a)
    path = a
    if not p:
        path[:0] + sep
    for b in map(_fspath, p):
        if not isinstance(b, str):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = _fspath(p)
    sepIndex = p.rfind(sep)
    dotIndex = p.rfind(extsep)
    if dotIndex > sepIndex:
        filenameIndex = sepIndex + 1
        while filenameIndex < dotIndex:
            if p[filenameIndex:filenameIndex + 1] != extsep:
                return p[:dotIndex], p[dotIndex:]
            filenameIndex += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    return p[i:]


def dirname(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def exists(path):
    try:
        return _posix._exists(_fspath(path))
    except (OSError, ValueError, TypeError):
        return False


def isfile(path):
    try:
        return _posix._isfile(_fspath(path))
    except (OSError, ValueError, TypeError):
        return False


def isdir(s):
    try:
        return _posix._isdir(_fspath(s))
    except (OSError, ValueError, TypeError):
        return False


def islink(path):
    try:
        return _posix._islink(_fspath(path))
    except (OSError, ValueError, TypeError):
        return False


def getsize(filename):
    return _posix._getsize(_fspath(filename))


def getmtime(filename):
    return _posix._getmtime(_fspath(filename))


def expanduser(path):
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        userhome = _posix.environ.get('HOME', '/')
    else:
        return path
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


def normpath(path):
    path = _fspath(path)
    if path == '':
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if (comp != '..' or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == '..')):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    comps = new_comps
    path = '/'.join(comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_posix.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    return abspath(filename)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = curdir
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1
