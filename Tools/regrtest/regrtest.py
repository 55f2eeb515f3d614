"""CPython's regression tests as Herthon's conformance suite (issue 11).

Runs each test module of /usr/lib/python3.11/test (Debian's libpython3.11-testsuite) under Herthon,
one process per module with a time limit, through driver.py, and compares the outcome of every test
case with the committed expectations (conformance/expected-passes.txt). The same module under
CPython 3.11 (/usr/bin/python3.11) gives the denominator: the cases CPython passes on this machine.

    regrtest.py [--set ci|all] [--update] [--timeout S] [--jobs N] [MODULE ...] [-k PATTERN]

Exit status 1 when a case listed as passing no longer passes (a regression), or a module listed in
the set crashed or hung and had expected passes. --update rewrites the expectations of the modules
that ran from this run. This script runs under /usr/bin/python3.11 (a host tool, like make_expected.py).
"""
import argparse
import re
import collections
import fnmatch
import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CONF = os.path.join(ROOT, 'conformance')
DRIVER = os.path.join(ROOT, 'Tools', 'regrtest', 'driver.py')
CPYTHON = '/usr/bin/python3.11'
TESTDIR = '/usr/lib/python3.11/test'
PASSING = ('passed', 'xfail')


def read_modules():
    """conformance/modules.txt: one module per line, 'ci' after it puts it in CI's subset."""
    mods = []
    with open(os.path.join(CONF, 'modules.txt')) as f:
        for line in f:
            line = line.split('#', 1)[0].split()
            if line:
                mods.append((line[0], 'ci' in line[1:]))
    return mods


def owner(ident, modules):
    """The module of MODULES a case id belongs to: the part before '/', else the longest listed module
    it starts with (test_asyncio.test_tasks runs as its own module), else its first component."""
    if '/' in ident:
        return ident.split('/', 1)[0]
    best = None
    for m in modules:
        if ident.startswith(m + '.') and (best is None or len(m) > len(best)):
            best = m
    return best or ident.split('.', 1)[0]


def in_module(ident, module):
    return ident == module or ident.startswith(module + '.')


def read_expected(modules):
    expected = collections.defaultdict(set)
    path = os.path.join(CONF, 'expected-passes.txt')
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith('#'):
                    expected[owner(line, modules)].add(line)
    return expected


class NotApplicable(dict):
    """ID -> reason; an ID with '*' is an fnmatch pattern (a whole variant of a module's cases)."""

    def __contains__(self, ident):
        return dict.__contains__(self, ident) or any(
            '*' in p and fnmatch.fnmatchcase(ident, p) for p in self)


def read_not_applicable():
    """conformance/not-applicable.txt: 'ID reason...' where ID is a module, a test id or a pattern."""
    na = NotApplicable()
    path = os.path.join(CONF, 'not-applicable.txt')
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith('#'):
                    ident, _, reason = line.partition(' ')
                    na[ident] = reason.strip()
    return na


def read_unstable():
    """conformance/unstable.txt: 'PREFIX reason' — cases whose outcome under Herthon varies run to run;
    they are counted but never recorded as expected, so they cannot report a regression."""
    prefixes = []
    path = os.path.join(CONF, 'unstable.txt')
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith('#'):
                    prefixes.append(line.split()[0])
    return tuple(prefixes)


def run_one(interpreter, module, results_dir, timeout, patterns):
    """Runs MODULE under INTERPRETER in a scratch directory; returns (records, status, seconds)."""
    out = os.path.join(results_dir, module + '.jsonl')
    log = os.path.join(results_dir, module + '.log')
    work = tempfile.mkdtemp(prefix=f'regrtest-{module}-')
    env = dict(os.environ)
    env.pop('PYTHONPATH', None)
    env['TMPDIR'] = work
    started = time.monotonic()
    status = 'ok'
    with open(log, 'wb') as logf:
        try:
            proc = subprocess.run([interpreter, DRIVER, module, out] + patterns, cwd=work, env=env,
                                  stdin=subprocess.DEVNULL, stdout=logf, stderr=subprocess.STDOUT,
                                  timeout=timeout)
            code = proc.returncode
        except subprocess.TimeoutExpired:
            code = None
            status = 'timeout'
    seconds = time.monotonic() - started
    shutil.rmtree(work, ignore_errors=True)
    records = []
    done = False
    if os.path.exists(out):
        with open(out, encoding='utf-8', errors='replace') as f:
            for line in f:
                try:
                    r = json.loads(line)
                except ValueError:
                    continue
                if r.get('done'):
                    done = True
                records.append(r)
    if status == 'ok' and not done:
        status = f'crashed (exit {code})'
    return records, status, seconds


def outcomes(records, module):
    """id -> outcome; a case reported twice (e.g. a failing tearDown) keeps its worst outcome.
    Ids are test ids without 'test.'; an id outside the module's namespace (test_unittest runs
    unittest.test...) is prefixed 'MODULE/' so the expectations stay grouped by module."""
    rank = {'passed': 0, 'xfail': 0, 'skipped': 1, 'xpass': 2, 'failed': 3, 'error': 4}
    result = {}
    for r in records:
        if 'id' in r:
            ident = r['id'][5:] if r['id'].startswith('test.') else r['id']
            if not in_module(ident, module):
                ident = f'{module}/{ident}'
            old = result.get(ident)
            if old is None or rank[r['outcome']] > rank[old]:
                result[ident] = r['outcome']
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('modules', nargs='*')
    ap.add_argument('--set', choices=('ci', 'all'), default=None)
    ap.add_argument('--herthon', default=None)
    ap.add_argument('--timeout', type=float, default=600)
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--update', action='store_true', help='rewrite the expectations of the modules that ran')
    ap.add_argument('-k', dest='patterns', action='append', default=[], help='only tests matching (regrtest -m)')
    ap.add_argument('--results', default=os.path.join(ROOT, 'TestResults', 'regrtest'))
    args = ap.parse_args()

    listed = read_modules()
    if args.modules:
        modules = args.modules
    elif args.set == 'ci':
        modules = [m for m, ci in listed if ci]
    else:
        modules = [m for m, _ in listed]
    herthon = args.herthon
    if herthon is None:
        for candidate in ('Interpreter/bin/Release/net10.0/herthon', 'out/instrumented/herthon'):
            if os.path.exists(os.path.join(ROOT, candidate)):
                herthon = os.path.join(ROOT, candidate)
                break
        else:
            sys.exit('regrtest: no herthon found; build it with: dotnet build Interpreter/Interpreter.csproj -c Release')
    if not os.path.isdir(TESTDIR):
        sys.exit(f'regrtest: {TESTDIR} not found: install Debian\'s libpython3.11-testsuite')

    na = read_not_applicable()
    unstable = read_unstable()
    expected = read_expected([m for m, _ in listed] + list(modules))
    hdir = os.path.join(args.results, 'herthon')
    cdir = os.path.join(args.results, 'cpython')
    os.makedirs(hdir, exist_ok=True)
    os.makedirs(cdir, exist_ok=True)

    # CPython's run is the denominator; it is cached (the test suite and CPython do not change).
    def baseline(m):
        cached = os.path.join(cdir, m + '.jsonl')
        if os.path.exists(cached) and not args.patterns:
            with open(cached) as f:
                return [json.loads(l) for l in f if l.strip()], 'ok', 0.0
        return run_one(CPYTHON, m, cdir, args.timeout, args.patterns)

    runnable = [m for m in modules if m not in na]
    results = {}
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        futures = {m: (pool.submit(run_one, herthon, m, hdir, args.timeout, args.patterns), pool.submit(baseline, m))
                   for m in runnable}
        for m in runnable:
            h, c = futures[m]
            results[m] = (h.result(), c.result())
            records, status, secs = results[m][0]
            print(f'  {m}: {status}, {secs:.0f} s', file=sys.stderr, flush=True)

    rows = []
    regressions = []
    newly = []
    broken = []
    totals = collections.Counter()
    for m in runnable:
        (hrec, hstatus, hsecs), (crec, cstatus, _) = results[m]
        h = outcomes(hrec, m)
        c = outcomes(crec, m)
        cases = {i for i, o in c.items() if o in PASSING and i not in na}
        passed = {i for i in cases if h.get(i) in PASSING}
        failed = sum(1 for i in cases if h.get(i) in ('failed', 'xpass'))
        errors = sum(1 for i in cases if h.get(i) == 'error')
        skipped = sum(1 for i in cases if h.get(i) == 'skipped')
        missing = len(cases) - len(passed) - failed - errors - skipped
        if hstatus != 'ok':
            broken.append((m, hstatus))
        # Only cases CPython passes count: a listed case CPython failed in its cached run (e.g.
        # interrupt_main under an inherited SIG_IGN for SIGINT) is not Herthon's regression.
        for i in sorted(expected.get(m, set()) & cases):
            if i not in passed and not i.startswith(unstable):
                regressions.append((i, h.get(i, 'did not run: ' + hstatus)))
        for i in sorted(passed - expected.get(m, set())):
            if not i.startswith(unstable):
                newly.append(i)
        rows.append((m, len(cases), len(passed), failed, errors + missing, skipped, hstatus, hsecs))
        totals.update(cases=len(cases), passed=len(passed), failed=failed, errors=errors + missing, skipped=skipped)

    w = max([26] + [len(r[0]) for r in rows])
    print(f'{"module":<{w}} {"cases":>6} {"passed":>6} {"failed":>6} {"errors":>6} {"skipped":>7} {"pass %":>7}  status')
    for m, cases, passed, failed, errors, skipped, status, secs in rows:
        pct = f'{100.0 * passed / cases:.1f}' if cases else '-'
        print(f'{m:<{w}} {cases:>6} {passed:>6} {failed:>6} {errors:>6} {skipped:>7} {pct:>7}  {status} ({secs:.0f} s)')
    t = totals
    pct = f'{100.0 * t["passed"] / t["cases"]:.1f}' if t['cases'] else '-'
    print(f'{"total":<{w}} {t["cases"]:>6} {t["passed"]:>6} {t["failed"]:>6} {t["errors"]:>6} {t["skipped"]:>7} {pct:>7}')
    skipped_modules = [m for m in modules if m in na]
    if skipped_modules:
        print(f'not applicable: {len(skipped_modules)} module(s): ' + ', '.join(skipped_modules))
    print('(cases: the test cases CPython 3.11 passes on this machine; errors include cases that did not run)')

    with open(os.path.join(args.results, 'summary.json'), 'w') as f:
        json.dump({'rows': rows, 'totals': t, 'regressions': regressions, 'newly_passing': newly,
                   'broken': broken}, f, indent=1)

    if args.update:
        for m in runnable:
            expected[m] = {i for i, o in outcomes(results[m][0][0], m).items()
                           if o in PASSING and i not in na and not i.startswith(unstable)}
        path = os.path.join(CONF, 'expected-passes.txt')
        with open(path, 'w') as f:
            f.write('# Test cases of CPython 3.11\'s regression tests that pass under Herthon.\n')
            f.write('# Written by Tools/regrtest/regrtest.py --update; a case listed here that fails is a regression.\n')
            for m in sorted(expected):
                for i in sorted(expected[m]):
                    f.write(i + '\n')
        print(f'expectations updated: {path}')
    if newly and not args.update:
        print(f'{len(newly)} case(s) pass that the expectations do not list; record them with --update:')
        for i in newly[:20]:
            print(f'  + {i}')
        if len(newly) > 20:
            print(f'  ... and {len(newly) - 20} more')
    for m, status in broken:
        print(f'module {m}: {status} (see {os.path.join(hdir, m + ".log")})')
    if regressions and not args.update:
        print(f'REGRESSIONS: {len(regressions)} case(s) passed before and do not pass now:')
        for i, o in regressions:
            print(f'  - {i}: {o}')
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
