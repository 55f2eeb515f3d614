"""pyexpat for Herthon: a non-validating, incremental XML parser with Expat's Python interface.

CPython binds the Expat C library; Herthon implements the same interface here, enough for
xml.etree.ElementTree, xml.dom.minidom, xml.sax and plistlib: elements, attributes, namespaces,
character and entity references, CDATA, comments, processing instructions, the XML declaration and
a DOCTYPE whose internal subset may declare general entities (other declarations are skipped).
Errors carry Expat's codes, messages and positions (line from 1, column from 0).
"""

import codecs
import re
import sys
import types

EXPAT_VERSION = "expat_2.5.0"
version_info = (2, 5, 0)
native_encoding = "UTF-8"
features = [("sizeof(XML_Char)", 1), ("sizeof(XML_LChar)", 1), ("XML_DTD", 0),
            ("XML_CONTEXT_BYTES", 1024), ("XML_NS", 0)]
XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2

_MESSAGES = [
    None, "out of memory", "syntax error", "no element found", "not well-formed (invalid token)",
    "unclosed token", "partial character", "mismatched tag", "duplicate attribute",
    "junk after document element", "illegal parameter entity reference", "undefined entity",
    "recursive entity reference", "asynchronous entity", "reference to invalid character number",
    "reference to binary entity", "reference to external entity in attribute",
    "XML or text declaration not at start of entity", "unknown encoding",
    "encoding specified in XML declaration is incorrect", "unclosed CDATA section",
    "error in processing external entity reference", "document is not standalone",
    "unexpected parser state - please send a bug report", "entity declared in parameter entity",
    "requested feature requires XML_DTD support in Expat", "cannot change setting once parsing has begun",
    "unbound prefix", "must not undeclare prefix", "incomplete markup in parameter entity",
    "XML declaration not well-formed", "text declaration not well-formed",
    "illegal character(s) in public id", "parser suspended", "parser not suspended",
    "parsing aborted", "parsing finished", "cannot suspend in external parameter entity",
    "reserved prefix (xml) must not be undeclared or bound to another namespace name",
    "reserved prefix (xmlns) must not be declared or undeclared",
    "prefix must not be bound to one of the reserved namespace names", "invalid argument",
    "a successful prior call to function XML_GetBuffer is required",
    "limit on input amplification factor (from DTD and entities) breached",
]
_NAMES = [
    None, "NO_MEMORY", "SYNTAX", "NO_ELEMENTS", "INVALID_TOKEN", "UNCLOSED_TOKEN", "PARTIAL_CHAR",
    "TAG_MISMATCH", "DUPLICATE_ATTRIBUTE", "JUNK_AFTER_DOC_ELEMENT", "PARAM_ENTITY_REF",
    "UNDEFINED_ENTITY", "RECURSIVE_ENTITY_REF", "ASYNC_ENTITY", "BAD_CHAR_REF", "BINARY_ENTITY_REF",
    "ATTRIBUTE_EXTERNAL_ENTITY_REF", "MISPLACED_XML_PI", "UNKNOWN_ENCODING", "INCORRECT_ENCODING",
    "UNCLOSED_CDATA_SECTION", "EXTERNAL_ENTITY_HANDLING", "NOT_STANDALONE", "UNEXPECTED_STATE",
    "ENTITY_DECLARED_IN_PE", "FEATURE_REQUIRES_XML_DTD", "CANT_CHANGE_FEATURE_ONCE_PARSING",
    "UNBOUND_PREFIX", "UNDECLARING_PREFIX", "INCOMPLETE_PE", "XML_DECL", "TEXT_DECL", "PUBLICID",
    "SUSPENDED", "NOT_SUSPENDED", "ABORTED", "FINISHED", "SUSPEND_PE", "RESERVED_PREFIX_XML",
    "RESERVED_PREFIX_XMLNS", "RESERVED_NAMESPACE_URI", "INVALID_ARGUMENT", "NO_BUFFER",
    "AMPLIFICATION_LIMIT_BREACH",
]

errors = types.ModuleType("pyexpat.errors", "Constants used to describe error conditions.")
errors.codes = {}
errors.messages = {}
for _code in range(1, len(_MESSAGES)):
    setattr(errors, "XML_ERROR_" + _NAMES[_code], _MESSAGES[_code])
    errors.codes[_MESSAGES[_code]] = _code
    errors.messages[_code] = _MESSAGES[_code]

model = types.ModuleType("pyexpat.model", "Constants used to interpret content model information.")
for _name, _value in [("XML_CTYPE_EMPTY", 1), ("XML_CTYPE_ANY", 2), ("XML_CTYPE_MIXED", 3),
                      ("XML_CTYPE_NAME", 4), ("XML_CTYPE_CHOICE", 5), ("XML_CTYPE_SEQ", 6),
                      ("XML_CQUANT_NONE", 0), ("XML_CQUANT_OPT", 1), ("XML_CQUANT_REP", 2),
                      ("XML_CQUANT_PLUS", 3)]:
    setattr(model, _name, _value)
sys.modules.setdefault("pyexpat.errors", errors)
sys.modules.setdefault("pyexpat.model", model)
del _code, _name, _value


class ExpatError(Exception):
    pass

ExpatError.__module__ = "xml.parsers.expat"
error = ExpatError


def ErrorString(code):
    """Returns string error for given number."""
    if 0 < code < len(_MESSAGES):
        return _MESSAGES[code]
    return None


_XML_NS = "http://www.w3.org/XML/1998/namespace"
_XMLNS_NS = "http://www.w3.org/2000/xmlns/"
_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "apos": "'", "quot": '"'}
_NAME_START = r"[A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF]"
_NAME_CHAR = r"[-.0-9\u00B7\u0300-\u036F\u203F-\u2040A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF]"
_NAME = re.compile(_NAME_START + _NAME_CHAR + "*")
_SPACE = re.compile(r"[ \t\n]*")
_ATTR_VALUE = re.compile(r"\"([^\"]*)\"|'([^']*)'")
_REF = re.compile(r"&(#x[0-9A-Fa-f]+|#[0-9]+|" + _NAME_START + _NAME_CHAR + "*);")
_XML_DECL = re.compile(r"<\?xml(?:[ \t\n]+version[ \t\n]*=[ \t\n]*(?:\"([^\"]*)\"|'([^']*)'))"
                       r"(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(?:\"([A-Za-z][-A-Za-z0-9._]*)\"|'([A-Za-z][-A-Za-z0-9._]*)'))?"
                       r"(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(?:\"(yes|no)\"|'(yes|no)'))?[ \t\n]*\?>")
_ENCODING_IN_DECL = re.compile(rb"^<\?xml[^>]*?encoding[ \t\r\n]*=[ \t\r\n]*[\"']([A-Za-z][-A-Za-z0-9._]*)[\"']")
_DOCTYPE_START = re.compile(r"<!DOCTYPE[ \t\n]+(" + _NAME_START + _NAME_CHAR + r"*)")
_EXTERNAL_ID = re.compile(r"[ \t\n]+(?:SYSTEM[ \t\n]+(\"[^\"]*\"|'[^']*')|PUBLIC[ \t\n]+(\"[^\"]*\"|'[^']*')[ \t\n]+(\"[^\"]*\"|'[^']*'))")
_ENTITY_DECL = re.compile(r"<!ENTITY[ \t\n]+(%[ \t\n]+)?(" + _NAME_START + _NAME_CHAR
                          + r"*)[ \t\n]+(?:(\"[^\"]*\"|'[^']*')|(?:SYSTEM[ \t\n]+(\"[^\"]*\"|'[^']*')|PUBLIC[ \t\n]+(\"[^\"]*\"|'[^']*')[ \t\n]+(\"[^\"]*\"|'[^']*'))(?:[ \t\n]+NDATA[ \t\n]+(" + _NAME_START + _NAME_CHAR + r"*))?)[ \t\n]*>")
_INVALID_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class _Error(Exception):
    """Internal: an Expat error at a position of the buffer."""
    def __init__(self, code, pos):
        self.code = code
        self.pos = pos


class _Incomplete(Exception):
    """Internal: the token at the end of the buffer needs more data."""


class XMLParserType:
    """XML parser"""

    def __init__(self, encoding=None, namespace_separator=None, intern=None):
        self._encoding = encoding
        self._sep = namespace_separator
        object.__setattr__(self, "intern", {} if intern is None else intern)
        self.buffer_text = False
        self.buffer_size = 8192
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        for name in _HANDLERS:
            object.__setattr__(self, name, None)
        self._decoder = None
        self._raw = b""            # bytes before the encoding is known
        self._buf = ""             # undecoded remainder is in the decoder; this is text not yet parsed
        self._line = 1             # position of self._buf[0]
        self._col = 0
        self._byte_index = 0
        self._cur = (1, 0, 0)      # CurrentLineNumber/ColumnNumber/ByteIndex of the last event
        self._started = False      # some input seen
        self._prolog = True        # before the root element
        self._epilog = False       # after the root element
        self._stack = []           # open element names (qualified)
        self._ns_stack = []        # per open element: list of prefixes it declared
        self._ns = {"xml": _XML_NS}
        self._entities = {}
        self._finished = False
        self._error = None
        self._text = []            # buffered character data (buffer_text)
        self._base = None
        self._seen_decl = False

    def __setattr__(self, name, value):
        if not isinstance(name, str):
            raise TypeError(f"attribute name must be string, not '{type(name).__name__}'")
        if name[:1] != "_" and name not in _SETTABLE:
            # CPython's xmlparse_setattro: the handlers and five options only
            if name == "intern":
                raise AttributeError("readonly attribute")
            if hasattr(type(self), name):
                raise AttributeError(f"attribute '{name}' of 'pyexpat.xmlparser' objects is not writable")
            raise AttributeError(f"'pyexpat.xmlparser' object has no attribute '{name}'")
        if name in ("buffer_text", "ordered_attributes", "specified_attributes", "namespace_prefixes"):
            value = bool(value)
            if name == "buffer_text" and not value and getattr(self, "_text", None):
                self._flush()
        elif name == "buffer_size":
            if not isinstance(value, int):
                raise TypeError("buffer_size must be an integer")
            if value <= 0:
                raise ValueError("buffer_size must be greater than zero")
        object.__setattr__(self, name, value)

    # --- positions -------------------------------------------------------------------------

    def _position(self, pos):
        """Line and column of self._buf[pos]."""
        chunk = self._buf[:pos]
        nl = chunk.count("\n")
        if nl:
            return self._line + nl, pos - chunk.rfind("\n") - 1
        return self._line, self._col + pos

    def _advance(self, pos):
        """Drops self._buf[:pos], which has been parsed."""
        if pos:
            line, col = self._position(pos)
            self._byte_index += len(self._buf[:pos].encode("utf-8", "surrogatepass"))
            self._line, self._col = line, col
            self._buf = self._buf[pos:]

    @property
    def CurrentLineNumber(self):
        return self._cur[0]

    @property
    def CurrentColumnNumber(self):
        return self._cur[1]

    @property
    def CurrentByteIndex(self):
        return self._cur[2] if self._started else -1

    @property
    def ErrorCode(self):
        return self._error[0] if self._error else 0

    @property
    def ErrorLineNumber(self):
        return self._error[1] if self._error else self._cur[0]

    @property
    def ErrorColumnNumber(self):
        return self._error[2] if self._error else self._cur[1]

    @property
    def ErrorByteIndex(self):
        return self._error[3] if self._error else self._cur[2]

    @property
    def buffer_used(self):
        return sum(len(t) for t in self._text)

    def _mark(self, pos):
        line, col = self._position(pos)
        self._cur = (line, col, self._byte_index + len(self._buf[:pos].encode("utf-8", "surrogatepass")))

    # --- the public methods ----------------------------------------------------------------

    def SetBase(self, base):
        self._base = base

    def GetBase(self):
        return self._base

    def GetInputContext(self):
        return None

    def SetParamEntityParsing(self, flag):
        return 1

    def UseForeignDTD(self, flag=True):
        pass

    def ExternalEntityParserCreate(self, context, encoding=None):
        raise NotImplementedError("Herthon's pyexpat does not load external entities")

    def ParseFile(self, file):
        read = file.read
        while True:
            data = read(2048)
            if not isinstance(data, (bytes, bytearray, str)):
                raise TypeError("read() did not return a bytes object (type=%s)" % type(data).__name__)
            if not data:
                break
            self.Parse(data, False)
        return self.Parse(b"", True)

    def Parse(self, data, isfinal=False):
        if self._finished:
            self._raise(36, self._line, self._col, self._byte_index)
        if self._error:
            raise self._make_error(*self._error)
        if isinstance(data, str):
            if self._decoder is None:
                self._decoder = codecs.getincrementaldecoder("utf-8")()
                self._raw_done = True
            self._buf += data
        else:
            data = bytes(data)
            if self._decoder is None:
                self._raw += data
                if not self._choose_encoding(isfinal):
                    return 1
                data, self._raw = self._raw, b""
            try:
                self._buf += self._decoder.decode(data, isfinal)
            except UnicodeDecodeError:
                self._fail(4, len(self._buf))
        if self._buf:
            self._started = True
        if "\r" in self._buf:
            self._buf = self._buf.replace("\r\n", "\n")
            if self._buf.endswith("\r") and not isfinal:
                self._buf, held = self._buf[:-1], "\r"
            else:
                held = ""
            self._buf = self._buf.replace("\r", "\n")
        else:
            held = ""
        try:
            self._parse(isfinal)
            self._flush()
        except _Error as e:
            self._fail(e.code, e.pos)
        self._buf += held
        if isfinal:
            self._finished = True
            self._mark(len(self._buf))   # Expat reports the end of the document once it is parsed
        return 1

    def _choose_encoding(self, isfinal):
        raw = self._raw
        if len(raw) < 64 and not isfinal and b">" not in raw:
            return False
        enc = self._encoding
        if raw.startswith(codecs.BOM_UTF8):
            enc, self._raw = "utf-8", raw[3:]
        elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            enc = "utf-16"
        elif enc is None:
            m = _ENCODING_IN_DECL.match(raw)
            enc = m.group(1).decode("ascii") if m else "utf-8"
        try:
            self._decoder = codecs.getincrementaldecoder(enc)()
        except LookupError:
            self._raise(18, 1, 0, 0)
        return True

    # --- errors --------------------------------------------------------------------------------

    def _make_error(self, code, line, col, index):
        err = ExpatError("%s: line %d, column %d" % (_MESSAGES[code], line, col))
        err.code = code
        err.lineno = line
        err.offset = col
        return err

    def _raise(self, code, line, col, index):
        self._error = (code, line, col, index)
        raise self._make_error(code, line, col, index)

    def _fail(self, code, pos):
        line, col = self._position(pos)
        self._raise(code, line, col, self._byte_index + len(self._buf[:pos].encode("utf-8", "surrogatepass")))

    # --- dispatch -------------------------------------------------------------------------------

    def _flush(self):
        if self._text:
            text = "".join(self._text)
            self._text = []
            if self.CharacterDataHandler is not None:
                self.CharacterDataHandler(text)

    def _chars(self, text, pos):
        if not text:
            return
        handler = self.CharacterDataHandler
        if handler is None:
            self._default(text, pos)
            return
        if self.buffer_text:
            self._text.append(text)
            return
        self._mark(pos)
        # Expat hands over character data a line at a time.
        start = 0
        while True:
            nl = text.find("\n", start)
            if nl < 0:
                if start < len(text):
                    handler(text[start:])
                return
            if nl > start:
                handler(text[start:nl])
            handler("\n")
            start = nl + 1

    def _default(self, text, pos):
        handler = self.DefaultHandler or self.DefaultHandlerExpand
        if handler is not None:
            self._flush()
            self._mark(pos)
            handler(text)

    def _event(self, name, pos, *args):
        handler = getattr(self, name)
        if handler is None:
            return False
        self._flush()
        self._mark(pos)
        handler(*args)
        return True

    # --- the tokenizer ----------------------------------------------------------------------

    def _parse(self, final):
        pos = 0
        while pos < len(self._buf):
            buf = self._buf
            try:
                end = self._markup(buf, pos, final) if buf[pos] == "<" else self._text_run(buf, pos, final)
            except _Incomplete:
                if final:
                    raise _Error(5, pos)
                break
            pos = end
            if pos > 65536:
                self._advance(pos)
                pos = 0
        self._advance(pos)
        if final:
            self._flush()
            if not self._epilog:
                raise _Error(3, len(self._buf))

    def _text_run(self, buf, pos, final):
        end = buf.find("<", pos)
        if end < 0:
            if not final:
                # Keep a possibly incomplete reference for later.
                amp = buf.rfind("&", pos)
                end = amp if amp >= 0 and ";" not in buf[amp:] else len(buf)
                if end == pos:
                    raise _Incomplete
            else:
                end = len(buf)
        text = buf[pos:end]
        if self._prolog or self._epilog:
            stripped = text.strip(" \t\n")
            if stripped:
                first = pos + len(text) - len(text.lstrip(" \t\n"))
                if self._epilog:
                    raise _Error(9, first)
                # expat: a reference is an invalid token where it starts; text running to the end of
                # the document is a syntax error where it starts; text before a tag is an invalid
                # token at the tag
                if buf[first] == "&":
                    raise _Error(4, first)
                if end == len(buf):
                    if not final:
                        raise _Incomplete   # what follows decides which error it is
                    raise _Error(2, first)
                raise _Error(4, end)
            self._default(text, pos)
            return end
        bad = _INVALID_CHAR.search(text)
        if bad:
            raise _Error(4, pos + bad.start())
        i = 0
        while True:
            amp = text.find("&", i)
            if amp < 0:
                if "]]>" in text[i:]:
                    raise _Error(4, pos + text.index("]]>", i) + 2)
                self._chars(text[i:], pos + i)
                return end
            if amp > i:
                self._chars(text[i:amp], pos + i)
            m = _REF.match(text, amp)
            if not m:
                raise _Error(4, pos + amp + 1 if amp + 1 < len(text) else pos + amp)
            self._reference(m.group(1), pos + amp, text[amp:m.end()])
            i = m.end()

    def _char_ref(self, ref, pos):
        # "#233", "#x20AC", or the same written out with "&" and ";" (attribute values, entity values)
        ref = ref.strip("&;")
        try:
            code = int(ref[2:], 16) if ref[1] == "x" else int(ref[1:])
            ch = chr(code)
        except (ValueError, OverflowError):
            raise _Error(14, pos)
        if code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF:
            return ch
        raise _Error(14, pos)

    def _reference(self, ref, pos, raw, depth=0):
        if ref[0] == "#":
            self._chars(self._char_ref(ref, pos), pos)
            return
        if ref in _PREDEFINED:
            self._chars(_PREDEFINED[ref], pos)
            return
        value = self._entities.get(ref)
        if value is None:
            if self.SkippedEntityHandler is not None and False:
                return
            raise _Error(11, pos)
        if depth > 20:
            raise _Error(12, pos)
        if self.DefaultHandler is not None and self.CharacterDataHandler is None:
            self._default(raw, pos)
            return
        # The replacement text is parsed as character data with references.
        i = 0
        while True:
            amp = value.find("&", i)
            if amp < 0:
                self._chars(value[i:], pos)
                return
            self._chars(value[i:amp], pos)
            m = _REF.match(value, amp)
            if not m:
                raise _Error(4, pos)
            self._reference(m.group(1), pos, value[amp:m.end()], depth + 1)
            i = m.end()

    def _need(self, buf, pos, terminator):
        end = buf.find(terminator, pos)
        if end < 0:
            raise _Incomplete
        return end

    def _markup(self, buf, pos, final):
        n = len(buf)
        if pos + 1 >= n:
            raise _Incomplete
        c = buf[pos + 1]
        if c == "/":
            return self._end_tag(buf, pos)
        if c == "?":
            return self._pi(buf, pos)
        if c == "!":
            if buf.startswith("<!--", pos):
                end = self._need(buf, pos + 4, "-->")
                data = buf[pos + 4:end]
                if "--" in data:
                    raise _Error(4, pos + 4 + data.index("--") + 2)
                if not self._event("CommentHandler", pos, data):
                    self._default(buf[pos:end + 3], pos)
                return end + 3
            if buf.startswith("<![CDATA[", pos):
                if self._prolog or self._epilog:
                    raise _Error(9 if self._epilog else 2, pos)
                end = self._need(buf, pos + 9, "]]>")
                if not self._event("StartCdataSectionHandler", pos):
                    self._default("<![CDATA[", pos)
                data = buf[pos + 9:end]
                if data:
                    self._chars(data, pos + 9)
                if not self._event("EndCdataSectionHandler", end):
                    self._default("]]>", end)
                return end + 3
            if n - pos < 9 and any(k.startswith(buf[pos:]) for k in ("<!--", "<![CDATA[", "<!DOCTYPE")):
                raise _Incomplete
            if buf.startswith("<!DOCTYPE", pos):
                if not self._prolog or self._stack:
                    raise _Error(4 if self._stack else 9, pos)
                return self._doctype(buf, pos)
            raise _Error(4 if not (self._prolog or self._epilog) else 2, pos + 2)
        return self._start_tag(buf, pos)

    def _pi(self, buf, pos):
        end = self._need(buf, pos + 2, "?>")
        m = _NAME.match(buf, pos + 2)
        if not m:
            raise _Error(4, pos + 2)
        target = m.group()
        rest = buf[m.end():end]
        if target == "xml":
            if pos != 0 or self._line != 1 or self._col != 0 or self._seen_decl:
                raise _Error(17, pos)
            d = _XML_DECL.match(buf, pos)
            if not d or d.end() != end + 2:
                raise _Error(30, pos)
            self._seen_decl = True
            version = d.group(1) or d.group(2)
            encoding = d.group(3) or d.group(4)
            standalone = d.group(5) or d.group(6)
            standalone = -1 if standalone is None else int(standalone == "yes")
            if not self._event("XmlDeclHandler", pos, version, encoding, standalone):
                self._default(buf[pos:end + 2], pos)
            return end + 2
        if target.lower() == "xml":
            raise _Error(17, pos)
        if rest and rest[0] not in " \t\n":
            raise _Error(4, m.end())
        data = rest.lstrip(" \t\n")
        if not self._event("ProcessingInstructionHandler", pos, target, data):
            self._default(buf[pos:end + 2], pos)
        return end + 2

    def _doctype(self, buf, pos):
        m = _DOCTYPE_START.match(buf, pos)
        if not m:
            if buf.find(">", pos) < 0:
                raise _Incomplete
            raise _Error(2, pos)
        name = m.group(1)
        i = m.end()
        ext = _EXTERNAL_ID.match(buf, i)
        system = public = None
        if ext:
            if ext.group(1):
                system_raw = ext.group(1)
                system = system_raw[1:-1]
            else:
                public_raw, system_raw = ext.group(2), ext.group(3)
                public, system = public_raw[1:-1], system_raw[1:-1]
            i = ext.end()
        elif buf.find(">", i) < 0:
            raise _Incomplete
        i = _SPACE.match(buf, i).end()
        if i >= len(buf):
            raise _Incomplete
        subset = buf[i] == "["
        if subset:
            close = self._subset_end(buf, i + 1)
            j = _SPACE.match(buf, close + 1).end()
            if j >= len(buf):
                raise _Incomplete
            if buf[j] != ">":
                raise _Error(2, j)
            end = j + 1
        elif buf[i] == ">":
            end = i + 1
        else:
            raise _Error(2, i)
        if not self._event("StartDoctypeDeclHandler", pos, name, system, public, int(subset)):
            # Expat gives the declaration to the default handler token by token.
            handler = self.DefaultHandler or self.DefaultHandlerExpand
            if handler is not None:
                self._mark(pos)
                parts = ["<!DOCTYPE", " ", name]
                if public is not None:
                    parts += [" ", "PUBLIC", " ", public_raw, " ", system_raw]
                elif system is not None:
                    parts += [" ", "SYSTEM", " ", system_raw]
                for p in parts:
                    handler(p)
        if subset:
            self._internal_subset(buf, i + 1, close)
        if not self._event("EndDoctypeDeclHandler", end - 1):
            handler = self.DefaultHandler or self.DefaultHandlerExpand
            if handler is not None and self.StartDoctypeDeclHandler is None:
                handler(">")
        return end

    def _subset_end(self, buf, i):
        """Index of the "]" closing an internal subset starting at i (skips quoted text and comments)."""
        n = len(buf)
        while i < n:
            c = buf[i]
            if c == "]":
                return i
            if c in "\"'":
                j = buf.find(c, i + 1)
                if j < 0:
                    raise _Incomplete
                i = j + 1
            elif buf.startswith("<!--", i):
                i = self._need(buf, i + 4, "-->") + 3
            else:
                i += 1
        raise _Incomplete

    def _internal_subset(self, buf, i, close):
        while i < close:
            i = _SPACE.match(buf, i).end()
            if i >= close:
                break
            if buf.startswith("<!--", i):
                end = buf.index("-->", i + 4)
                self._event("CommentHandler", i, buf[i + 4:end])
                i = end + 3
            elif buf.startswith("<?", i):
                i = self._pi(buf, i)
            elif buf.startswith("<!ENTITY", i):
                m = _ENTITY_DECL.match(buf, i)
                if not m:
                    raise _Error(2, i)
                is_pe = bool(m.group(1))
                name = m.group(2)
                value = m.group(3)[1:-1] if m.group(3) else None
                system = (m.group(4) or m.group(6) or "")[1:-1] or None
                public = m.group(5)[1:-1] if m.group(5) else None
                notation = m.group(7)
                if value is not None:
                    # expat reports (and stores) the value with its character references replaced
                    value = re.sub(r"&#(x[0-9A-Fa-f]+|[0-9]+);", lambda r: self._char_ref("&#" + r.group(1) + ";", i), value)
                if not is_pe and value is not None and name not in self._entities:
                    self._entities[name] = value
                if notation is not None and self.UnparsedEntityDeclHandler is not None:
                    self._event("UnparsedEntityDeclHandler", i, name, self._base, system, public, notation)
                else:
                    self._event("EntityDeclHandler", i, name, int(is_pe), value, self._base, system, public, notation)
                i = m.end()
            elif buf.startswith("<!", i):
                # ELEMENT, ATTLIST and NOTATION declarations are not interpreted.
                j = i + 2
                while j < close and buf[j] != ">":
                    if buf[j] in "\"'":
                        j = buf.index(buf[j], j + 1)
                    j += 1
                i = j + 1
            elif buf[i] == "%":
                m = re.compile(r"%" + _NAME_START + _NAME_CHAR + "*;").match(buf, i)
                if not m:
                    raise _Error(2, i)
                i = m.end()
            else:
                raise _Error(2, i)

    def _qname(self, name, pos, is_attr=False):
        """Expands a prefixed name when namespace processing is on."""
        sep = self._sep
        prefix, colon, local = name.partition(":")
        if not colon:
            if is_attr:
                return name
            uri = self._ns.get(None)
            return uri + sep + name if uri else name
        if not local or ":" in local:
            raise _Error(4, pos)
        uri = self._ns.get(prefix)
        if uri is None:
            raise _Error(27, pos)
        if self.namespace_prefixes:
            return uri + sep + local + sep + prefix
        return uri + sep + local

    def _start_tag(self, buf, pos):
        if self._epilog:
            raise _Error(9, pos)
        m = _NAME.match(buf, pos + 1)
        if not m:
            if pos + 1 >= len(buf):
                raise _Incomplete
            raise _Error(4, pos + 1)
        name = m.group()
        i = m.end()
        attrs = []
        seen = set()
        n = len(buf)
        while True:
            j = _SPACE.match(buf, i).end()
            if j >= n:
                raise _Incomplete
            c = buf[j]
            if c == ">":
                end, empty = j + 1, False
                break
            if c == "/":
                if j + 1 >= n:
                    raise _Incomplete
                if buf[j + 1] != ">":
                    raise _Error(4, j)
                end, empty = j + 2, True
                break
            if j == i:
                raise _Error(4, j)
            a = _NAME.match(buf, j)
            if not a:
                raise _Error(4, j)
            k = _SPACE.match(buf, a.end()).end()
            if k >= n:
                raise _Incomplete
            if buf[k] != "=":
                raise _Error(4, k)
            k = _SPACE.match(buf, k + 1).end()
            if k >= n:
                raise _Incomplete
            if buf[k] not in "\"'":
                raise _Error(4, k)
            close = buf.find(buf[k], k + 1)
            if close < 0:
                raise _Incomplete
            raw = buf[k + 1:close]
            lt = raw.find("<")
            if lt >= 0:
                raise _Error(4, k + 1 + lt)
            aname = a.group()
            if aname in seen:
                raise _Error(8, j)
            seen.add(aname)
            attrs.append((aname, self._attr_value(raw, k + 1), j))
            i = close + 1
        self._prolog = False
        declared = []
        if self._sep is not None:
            plain = []
            for aname, value, apos in attrs:
                if aname == "xmlns" or aname.startswith("xmlns:"):
                    prefix = aname[6:] or None
                    if prefix == "xmlns":
                        raise _Error(39, apos)
                    if prefix == "xml" and value != _XML_NS or prefix != "xml" and value in (_XML_NS, _XMLNS_NS):
                        raise _Error(38 if prefix == "xml" else 40, apos)
                    if prefix is not None and not value:
                        raise _Error(28, apos)
                    declared.append((prefix, self._ns.get(prefix, _MISSING)))
                    self._ns[prefix] = value or None
                    self._event("StartNamespaceDeclHandler", pos, prefix, value or None)
                else:
                    plain.append((aname, value, apos))
            expanded = [(self._qname(a, pos, True), v) for a, v, _ in plain]
            qname = self._qname(name, pos)
            if len({a for a, _ in expanded}) != len(expanded):
                raise _Error(8, pos)
        else:
            expanded = [(a, v) for a, v, _ in attrs]
            qname = name
        self._stack.append((name, qname))
        self._ns_stack.append(declared)
        if self.StartElementHandler is not None:
            if self.ordered_attributes:
                flat = []
                for a, v in expanded:
                    flat += [a, v]
                self._event("StartElementHandler", pos, qname, flat)
            else:
                self._event("StartElementHandler", pos, qname, dict(expanded))
        else:
            self._default(buf[pos:end], pos)
        if empty:
            self._close(pos, end)
        return end

    def _attr_value(self, raw, pos):
        raw = raw.replace("\t", " ").replace("\n", " ")
        if "&" not in raw:
            return raw
        out = []
        i = 0
        while True:
            amp = raw.find("&", i)
            if amp < 0:
                out.append(raw[i:])
                return "".join(out)
            out.append(raw[i:amp])
            m = _REF.match(raw, amp)
            if not m:
                raise _Error(4, pos + amp)
            ref = m.group(1)
            if ref[0] == "#":
                out.append(self._char_ref("&" + ref + ";", pos + amp))
            elif ref in _PREDEFINED:
                out.append(_PREDEFINED[ref])
            elif ref in self._entities:
                out.append(self._entities[ref].replace("\t", " ").replace("\n", " "))
            else:
                raise _Error(11, pos + amp)
            i = m.end()

    def _close(self, pos, end):
        name, qname = self._stack.pop()
        if not self._event("EndElementHandler", end, qname) and self.StartElementHandler is None:
            pass
        for prefix, previous in reversed(self._ns_stack.pop()):
            if previous is _MISSING:
                del self._ns[prefix]
            else:
                self._ns[prefix] = previous
            self._event("EndNamespaceDeclHandler", end, prefix)
        if not self._stack:
            self._epilog = True

    def _end_tag(self, buf, pos):
        m = _NAME.match(buf, pos + 2)
        if not m:
            if pos + 2 >= len(buf):
                raise _Incomplete
            raise _Error(4, pos + 2)
        j = _SPACE.match(buf, m.end()).end()
        if j >= len(buf):
            raise _Incomplete
        if buf[j] != ">":
            raise _Error(4, j)
        if not self._stack:
            raise _Error(9 if self._epilog else 2, pos)
        if self._stack[-1][0] != m.group():
            raise _Error(7, pos + 2)
        if self.EndElementHandler is None:
            self._default(buf[pos:j + 1], pos)
        self._close(pos, pos)
        return j + 1


_MISSING = object()
_HANDLERS = [
    "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler", "CharacterDataHandler",
    "UnparsedEntityDeclHandler", "NotationDeclHandler", "StartNamespaceDeclHandler",
    "EndNamespaceDeclHandler", "CommentHandler", "StartCdataSectionHandler", "EndCdataSectionHandler",
    "DefaultHandler", "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
    "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler", "XmlDeclHandler",
    "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler",
]


XMLParserType.__name__ = XMLParserType.__qualname__ = "xmlparser"   # CPython's <class 'pyexpat.xmlparser'>
_SETTABLE = frozenset(_HANDLERS + ["buffer_text", "buffer_size", "ordered_attributes", "specified_attributes", "namespace_prefixes"])


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """Return a new XML parser object."""
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("ParserCreate() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str or None, not %s"
                            % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError("namespace_separator must be at most one character, omitted, or None")
    if intern is not None and not isinstance(intern, dict):
        raise TypeError("intern must be a dictionary")
    return XMLParserType(encoding, namespace_separator, intern)


expat_CAPI = None
