# doctest checks the values echoed for expression examples: sys.displayhook writes them to the
# sys.stdout doctest has swapped in, not to the real one.
import contextlib
import doctest
import io
import sys


def mean(values):
    """Arithmetic mean.

    >>> mean([1, 2, 3, 4])
    2.5
    >>> mean([])
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    >>> [mean([x, x + 1]) for x in range(3)]
    [0.5, 1.5, 2.5]
    >>> None
    >>> print('printed'); 7
    printed
    7
    """
    return sum(values) / len(values)


def wrong():
    """An example whose expected output is stale.

    >>> 6 * 7
    41
    """


runner = doctest.DocTestRunner(verbose=False)
finder = doctest.DocTestFinder()
for test in finder.find(mean, 'mean') + finder.find(wrong, 'wrong'):
    out = io.StringIO()
    runner.run(test, out=out.write)
    print(test.name, 'examples:', len(test.examples))
    print(out.getvalue().replace(__file__, 'FILE'), end='')
print(runner.failures, runner.tries)

# The same echo through exec in 'single' mode, with stdout redirected.
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    exec(compile('1 + 1', '<echo>', 'single'))
    exec(compile('"text"', '<echo>', 'single'))
    sys.displayhook([1, 2])
print(repr(buf.getvalue()))
import builtins
print(builtins._)
