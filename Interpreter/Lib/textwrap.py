"""Text wrapping and filling (the common parts of CPython's textwrap)."""

__all__ = ["wrap", "fill", "dedent", "indent", "shorten", "TextWrapper"]


class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _chunks(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for ch in "\t\n\x0b\x0c\r":
                text = text.replace(ch, " ")
        chunks = []
        word = ""
        for ch in text:
            if ch == " ":
                if word:
                    chunks.append(word)
                    word = ""
                if chunks and chunks[-1].isspace():
                    chunks[-1] += ch
                else:
                    chunks.append(ch)
            else:
                word += ch
        if word:
            chunks.append(word)
        return chunks

    def wrap(self, text):
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        chunks = self._chunks(text)
        chunks.reverse()
        lines = []
        while chunks:
            cur = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                n = len(chunks[-1])
                if cur_len + n <= width:
                    cur.append(chunks.pop())
                    cur_len += n
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                if self.break_long_words:
                    space_left = max(width - cur_len, 1)
                    chunk = chunks[-1]
                    cur.append(chunk[:space_left])
                    chunks[-1] = chunk[space_left:]
                elif not cur:
                    cur.append(chunks.pop())
            if self.drop_whitespace and cur and cur[-1].strip() == "":
                del cur[-1]
            if cur:
                if self.max_lines is not None and len(lines) + 1 == self.max_lines and chunks:
                    while cur and len(indent) + sum(len(c) for c in cur) + len(self.placeholder) > self.width:
                        del cur[-1]
                    while cur and cur[-1].strip() == "":
                        del cur[-1]
                    lines.append(indent + "".join(cur) + self.placeholder)
                    break
                lines.append(indent + "".join(cur))
        return lines

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    lines = text.split("\n")
    margin = None
    for line in lines:
        stripped = line.lstrip(" \t")
        if not stripped:
            continue
        lead = line[:len(line) - len(stripped)]
        if margin is None:
            margin = lead
        else:
            i = 0
            while i < len(margin) and i < len(lead) and margin[i] == lead[i]:
                i += 1
            margin = margin[:i]
    out = []
    for line in lines:
        if not line.strip(" \t"):
            out.append(line.lstrip(" \t") if line.strip() == "" else line)
        elif margin:
            out.append(line[len(margin):])
        else:
            out.append(line)
    return "\n".join(out)


def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line for line in text.splitlines(True))
