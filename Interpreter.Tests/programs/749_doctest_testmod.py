# doctest: running the docstring examples of a small module, passing and failing, with option flags.
import doctest
import sys
import types

SOURCE = '''
"""Money helpers.

>>> cents("12.34")
1234
"""

def cents(text):
    """Parse a decimal amount into integer cents.

    >>> cents("0.5")
    50
    >>> cents("3")
    300
    >>> cents("abc")
    Traceback (most recent call last):
        ...
    ValueError: not an amount: 'abc'
    """
    try:
        units, _, frac = text.partition(".")
        return int(units) * 100 + int((frac + "00")[:2])
    except ValueError:
        raise ValueError(f"not an amount: {text!r}") from None

def split_bill(total, people):
    """Split evenly; the first ones pay the remainder.

    >>> split_bill(1000, 3)
    [334, 333, 333]
    >>> split_bill(5, 2)    # deliberately wrong expectation
    [2, 3]
    >>> sorted({"b": 1, "a": 2}.items())
    [('a', 2), ('b', 1)]
    >>> print("a   b")  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    """
    base, extra = divmod(total, people)
    return [base + (1 if i < extra else 0) for i in range(people)]

class Wallet:
    """
    >>> w = Wallet()
    >>> w.add(250); w.add(50)
    >>> w.balance
    300
    """
    def __init__(self):
        self.balance = 0
    def add(self, amount):
        self.balance += amount
'''

mod = types.ModuleType("money")
mod.__file__ = "money.py"
exec(compile(SOURCE, "money.py", "exec"), mod.__dict__)
sys.modules["money"] = mod

result = doctest.testmod(mod, verbose=False, report=True)
print(result, result.failed, result.attempted)

finder = doctest.DocTestFinder()
tests = sorted(finder.find(mod), key=lambda t: t.name)
print([(t.name, len(t.examples)) for t in tests])
runner = doctest.DocTestRunner(verbose=False, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
for t in tests:
    if t.name == "money.cents":
        print(runner.run(t))
print(runner.summarize(verbose=False))

parser = doctest.DocTestParser()
examples = parser.get_examples(">>> x = 2\n>>> x * 21\n42\n>>> print('hi')\nhi\n")
print([(e.source, e.want) for e in examples])
t = parser.get_doctest(">>> 1 + 1\n3\n", {}, "adhoc", "adhoc.txt", 0)
r = doctest.DocTestRunner()
out = []
r.run(t, out=out.append)
print("".join(out))
print(doctest.OutputChecker().check_output("[1, 2]\n", "[1,  2]\n", doctest.NORMALIZE_WHITESPACE))
print(doctest.script_from_examples(">>> print(3)\n3\n"))
