# f_lineno and traceback lines in a frame that goes on after an exception: caught in the same
# frame, propagated from a callee, in finally, in with-blocks, in generators resumed by a loop.
import sys


def line():
    return sys._getframe(1).f_lineno


def fail(kind):
    if kind == 1:
        raise IndexError("one")
    if kind == 2:
        [][1]
    return kind


def same_frame():
    out = []
    try:
        out.append(line())
        1 / 0
    except ZeroDivisionError as e:
        out.append((line(), e.__traceback__.tb_lineno))
    out.append(line())
    return out


def from_callee():
    out = []
    for k in (1, 2, 3):
        try:
            out.append(fail(k))
        except IndexError as e:
            tb = e.__traceback__
            out.append((str(e), tb.tb_lineno, tb.tb_next.tb_lineno, line()))
    out.append(line())
    return out


def in_finally():
    out = []
    try:
        try:
            fail(1)
        finally:
            out.append(line())
    except IndexError:
        out.append(line())
    return out


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        self.seen = (t.__name__ if t else None, tb.tb_lineno if tb else None, sys._getframe(1).f_lineno)
        return True


def in_with():
    c = Ctx()
    with c:
        fail(2)
    after = line()
    return c.seen, after


def gen():
    yield 1
    yield sys._getframe(1).f_lineno
    raise KeyError("gen")


def generator_in_loop():
    out = []
    try:
        for v in gen():
            out.append(v)
    except KeyError as e:
        tb = e.__traceback__
        out.append((tb.tb_lineno, tb.tb_next.tb_lineno, line()))
    return out


def exception_frames_survive():
    try:
        fail(1)
    except IndexError as e:
        kept = e
    tb = kept.__traceback__.tb_next
    return tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno, tb.tb_frame.f_locals


for _ in range(2):
    print(same_frame())
    print(from_callee())
    print(in_finally())
    print(in_with())
    print(generator_in_loop())
    print(exception_frames_survive())
