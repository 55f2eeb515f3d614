"""Runs one CPython regression-test module and records every test case's outcome.

Usage: <python> driver.py MODULE RESULTS.jsonl [PATTERN ...]

Runs under Herthon (or, for the baseline, under /usr/bin/python3.11). It loads the module as
CPython's regrtest does (``test_main`` if the module has one, else the unittest loader), with
regrtest's defaults (no optional resources such as network or cpu), and writes one JSON line per
outcome as soon as it is known, so a crash or a hang half-way still leaves the cases that ran:

    {"id": "test.test_int.IntTestCases.test_basic", "outcome": "passed"}

outcome is passed, failed, error, skipped, xfail (expected failure) or xpass (unexpected success).
A last line {"module": MODULE, "done": true} says that the module ran to its end.
"""
import json
import sys
import types
import time
import traceback
import unittest

module_name, results_path = sys.argv[1], sys.argv[2]
patterns = sys.argv[3:] or None
out = open(results_path, 'w', encoding='utf-8')


def emit(**record):
    out.write(json.dumps(record) + '\n')
    out.flush()


def short(err):
    """The last lines of a formatted exception: enough to triage a failure."""
    try:
        text = ''.join(traceback.format_exception(*err))
    except Exception as e:  # a broken traceback must not lose the outcome
        text = f'<unformattable exception: {type(e).__name__}>'
    return text[-1500:]


class RecordingResult(unittest.TestResult):
    """Records each case once; a failing subtest fails its case."""

    def __init__(self):
        super().__init__()
        self._failed_by_subtest = set()

    def startTest(self, test):
        super().startTest(test)
        self._started = time.perf_counter()

    def _emit(self, test, outcome, detail=None):
        record = {'id': test.id(), 'outcome': outcome}
        if detail:
            record['detail'] = detail
        emit(**record)

    def addSuccess(self, test):
        super().addSuccess(test)
        if test.id() not in self._failed_by_subtest:
            self._emit(test, 'passed')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._emit(test, 'failed', short(err))

    def addError(self, test, err):
        super().addError(test, err)
        self._emit(test, 'error', short(err))

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._emit(test, 'skipped', str(reason)[:300])

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._emit(test, 'xfail')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._emit(test, 'xpass')

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None and test.id() not in self._failed_by_subtest:
            self._failed_by_subtest.add(test.id())
            failed = issubclass(err[0], test.failureException)
            self._emit(test, 'failed' if failed else 'error', f'[subtest {subtest._subDescription()}] ' + short(err))


def run_suite(suite):
    result = RecordingResult()
    suite(result)
    return result


def without_c_variant(module):
    """test_datetime's load_tests runs datetimetester twice: pure (blocking _datetime) and "fast"
    (with CPython's C _datetime). Herthon has no _datetime, so import_fresh_module returns None
    for the fast variant and load_tests fails on None.__dict__. An empty module in its place
    collects no fast cases (listed in conformance/not-applicable.txt) and lets the pure ones run."""
    fresh = module.import_fresh_module

    def import_fresh_module(name, *args, **kwargs):
        found = fresh(name, *args, **kwargs)
        return types.ModuleType(name) if found is None else found
    module.import_fresh_module = import_fresh_module


ADAPT = {'test_datetime': without_c_variant}


def main():
    from test import support
    support.use_resources = []          # regrtest's default: no optional resources
    support.verbose = 0
    if patterns:
        support.set_match_tests(patterns)
    # Modules with a test_main call support.run_unittest, which runs through _run_suite.
    support._run_suite = run_suite
    import importlib
    try:
        module = importlib.import_module(f'test.{module_name}')
    except unittest.SkipTest as e:
        emit(module=module_name, skipped=str(e)[:300])
        emit(module=module_name, done=True)
        return
    if module_name in ADAPT:
        ADAPT[module_name](module)
    runner = getattr(module, 'test_main', None)
    if runner is not None:
        runner()
    else:
        loader = unittest.TestLoader()
        suite = loader.loadTestsFromModule(module)
        for error in loader.errors:
            emit(module=module_name, load_error=str(error)[-1500:])
        if patterns:
            suite = support._filter_suite(suite, support.match_test) or suite
        run_suite(suite)
    emit(module=module_name, done=True)


try:
    main()
except unittest.SkipTest as e:
    emit(module=module_name, skipped=str(e)[:300])
    emit(module=module_name, done=True)
except BaseException as e:
    emit(module=module_name, crashed=short(sys.exc_info()))
    raise
