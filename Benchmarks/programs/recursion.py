# Call-heavy recursion: naive Fibonacci, Takeuchi and Ackermann, checked against
# iterative, memoised and closed-form answers.
# bench: default=29 quick=12 trace=23
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def tak_memo(x, y, z, memo):
    key = (x, y, z)
    if key in memo:
        return memo[key]
    if y < x:
        r = tak_memo(tak_memo(x - 1, y, z, memo), tak_memo(y - 1, z, x, memo), tak_memo(z - 1, x, y, memo), memo)
    else:
        r = z
    memo[key] = r
    return r


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def count_calls(depth):
    # A binary call tree: returns the number of calls made.
    if depth == 0:
        return 1
    return 1 + count_calls(depth - 1) + count_calls(depth - 1)


def main(n):
    f = fib(n)
    if f != fib_iter(n):
        raise AssertionError("fib mismatch")
    t = tak(n // 3 + 6, n // 6 + 2, n // 9)
    if t != tak_memo(n // 3 + 6, n // 6 + 2, n // 9, {}):
        raise AssertionError("tak mismatch")
    a = ack(2, n * 4)
    if a != 2 * (n * 4) + 3:
        raise AssertionError("ack(2, n) must be 2n+3")
    c = count_calls(n - 6)
    if c != 2 ** (n - 5) - 1:
        raise AssertionError("call tree size")
    print("fib", n, f)
    print("tak", t)
    print("ack", a)
    print("calls", c)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 29)
