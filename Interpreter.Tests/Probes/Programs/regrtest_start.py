"""Runs one CPython regression-test module through Tools/regrtest/driver.py inside a function named
start, so Tools/tracing/call_stack.bt traces the module's imports and test calls (and not herthon's
own start-up): herthon regrtest_start.py MODULE RESULTS.jsonl"""
import os
import runpy
import sys

DRIVER = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'Tools', 'regrtest', 'driver.py'))


def start():
    sys.argv = [DRIVER] + sys.argv[1:]
    runpy.run_path(DRIVER, run_name='__main__')


start()
