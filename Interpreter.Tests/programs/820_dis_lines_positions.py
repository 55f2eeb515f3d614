# Line and column information as bytecode tools read it: dis.findlinestarts, co_lines() covering
# co_code, one co_positions() entry per code unit, and tb_lasti/f_lasti pointing at the positions
# of the failing expression (what traceback and inspect use for their carets and columns).
import dis
import inspect
import sys
import traceback


def scale(values, factor):
    result = []
    for v in values:
        if v < 0:
            continue
        result.append(v * factor)
    return result


def ratio(a, b):
    return (a + 1) / b


def where():
    frame = sys._getframe()
    return inspect.getframeinfo(frame).positions


for fn in (scale, ratio, where):
    co = fn.__code__
    lines = sorted({line - co.co_firstlineno for _, line in dis.findlinestarts(co)})
    ranges = list(co.co_lines())
    contiguous = all(a[1] == b[0] for a, b in zip(ranges, ranges[1:]))
    print(fn.__name__, "lines", lines, "contiguous", contiguous, "covers code", ranges[-1][1] == len(co.co_code),
          "positions per unit", len(list(co.co_positions())) == len(co.co_code) // 2)

try:
    ratio(3, 0)
except ZeroDivisionError as exc:
    tb = exc.__traceback__.tb_next
    line, end_line, col, end_col = list(tb.tb_frame.f_code.co_positions())[tb.tb_lasti // 2]
    print("failing span", line - ratio.__code__.co_firstlineno, end_line - line, col, end_col)
    summary = traceback.extract_tb(exc.__traceback__)[-1]
    print("traceback columns", summary.name, summary.colno, summary.end_colno)
    text = "".join(traceback.format_exception(exc)).splitlines()
    print([t.strip() for t in text[-3:]])

pos = where()
print("frameinfo positions", pos.lineno - where.__code__.co_firstlineno, pos.col_offset, pos.end_col_offset)
