# %-formatting with flags, width, precision and "*" arguments over ints, floats, strs and
# subclasses; errors with their messages; the quick paths and the general one must agree.
import itertools
vals = [0, 1, -1, 7, -7, 255, -255, 2**31, -2**63, 2**63 - 1, 2**63, -2**64, 10**30, True, False,
        0.0, -0.0, 1.5, -1.5, 2.5, 0.125, 1e16, 1e-7, -1e300, 123456.789, float('nan'), float('inf'), float('-inf'),
        '', 'ab', 'h\u00e9llo', '\U0001F600x', '\ud800', 'x' * 30]
class S(str): pass
class I(int): pass
class F(float): pass
vals += [S('sub'), I(5), F(2.25)]
specs = ['%s', '%5s', '%-5s', '%05s', '%.2s', '%8.3s', '%-8.1s|', '%d', '%5d', '%-5d|', '%05d', '%+d', '% d', '%+05d', '% 5d', '%-+6d|',
         '%x', '%X', '%04x', '%-6X|', '%+x', '%i', '%u', '%3i', '%f', '%.2f', '%8.3f', '%-8.1f|', '%+.1f', '% .0f', '%08.2f', '%-08.2f|',
         '%.0f', '%.50f', '%.51f', '%F', '%10F', '%r', '%5r', '%a', '%c', '%e', '%g', '%.3d', '%#x', '%#o', '%10.4e', '%-12g|', '%#.0f']
out = []
for sp in specs:
    row = []
    for v in vals:
        try:
            row.append(sp % v)
        except Exception as e:
            row.append(type(e).__name__ + ': ' + str(e))
    out.append(sp + ' ' + repr(row))
for sp, a in [('%*d', (5, 3)), ('%*d', (-5, 3)), ('%-*d|', (-5, 3)), ('%*s|', (-4, 'a')), ('%.*f', (2, 1.25)), ('%*.*f', (9, 3, -2.5)),
              ('%.*s', (2, 'abcdef')), ('%(a)5d|%(b)-4s|', {'a': 3, 'b': 'x'}), ('%s=%d', ('k', 4)), ('%-10s %6d', ('word', 1234)),
              ('%c%c', (65, 'b')), ('%5%|', ()), ('%d %d', (1,)), ('%d', (1, 2)), ('%z', (1,)), ('%', ()), ('%(a', {'a': 1}),
              ('%d', ('x',)), ('%f', ('x',)), ('%x', (1.5,)), ('%d', (2.7,)), ('%s', ((1, 2),)), ('%s', [1, 2]), ('%.*f', (-3, 1.5)),
              ('%*d', ('a', 3)), ('%c', (0x110000,)), ('%c', ('ab',)), ('%0*d', (6, -42)), ('%-0*d|', (6, -42)), ('% +d', (3,)),
              ('%ld %hi %Lf', (1, 2, 3.5)), ('\\u%04x', (31,)), ('%3c|', ('x',)), ('%-3c|', (66,))]:
    try:
        out.append(sp + ' ' + repr(sp % a))
    except Exception as e:
        out.append(sp + ' ' + type(e).__name__ + ': ' + str(e))
print('\n'.join(out))
