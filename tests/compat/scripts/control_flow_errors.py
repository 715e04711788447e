"""nd/sym contrib.foreach, while_loop and cond: output structures, and the errors for malformed bodies."""
import mxnet as mx

F, S = mx.nd, mx.sym


def show(value):
    if isinstance(value, mx.nd.NDArray):
        return (value.shape, value.dtype.__name__, value.asnumpy().ravel()[:6].tolist())
    if isinstance(value, mx.sym.Symbol):
        return ('Symbol', len(value))
    if isinstance(value, (list, tuple)):
        return type(value).__name__, [show(v) for v in value]
    return repr(value)


def attempt(label, make):
    try:
        print(label, "->", show(make()))
    except Exception as e:
        print(label, "!!", type(e).__name__, str(e).split("\n")[0][:200])


x, s = mx.nd.arange(6).reshape((3, 2)), mx.nd.zeros((2,))
i0 = mx.nd.array([0])
attempt("fe basic", lambda: F.contrib.foreach(lambda d, st: (d + st, d + st), x, s))
attempt("fe list states", lambda: F.contrib.foreach(lambda d, st: (d + st[0], [d + st[0]]), x, [s]))
attempt("fe tuple out", lambda: F.contrib.foreach(lambda d, st: ((d, d * 2), st), x, s))
attempt("fe no out", lambda: F.contrib.foreach(lambda d, st: ([], st + d), x, s))
attempt("fe None out", lambda: F.contrib.foreach(lambda d, st: (None, st + d), x, s))
attempt("fe list data", lambda: F.contrib.foreach(lambda d, st: (d[0] + d[1], st), [x, x], s))
attempt("fe data not nd", lambda: F.contrib.foreach(lambda d, st: (d, st), [1, 2], s))
attempt("fe states not nd", lambda: F.contrib.foreach(lambda d, st: (d, st), x, 3))
attempt("fe out int", lambda: F.contrib.foreach(lambda d, st: (1, st), x, s))
attempt("wl steps", lambda: F.contrib.while_loop(lambda i: i < 3, lambda i: (i * 2, i + 1), i0, max_iterations=3))
attempt("wl no max", lambda: F.contrib.while_loop(lambda i: i < 3, lambda i: (i, i + 1), i0))
attempt("wl zero steps", lambda: F.contrib.while_loop(lambda i: i < 0, lambda i: (i * 2, i + 1), i0, max_iterations=5))
attempt("wl none out", lambda: F.contrib.while_loop(lambda i: i < 2, lambda i: (None, i + 1), i0, max_iterations=5))
attempt("wl list vars", lambda: F.contrib.while_loop(lambda i, j: i < 3, lambda i, j: ([i], [i + 1, j * 2]),
                                                     [i0, mx.nd.array([1])], max_iterations=3))
attempt("wl count change", lambda: F.contrib.while_loop(lambda i: i < 3, lambda i: ([i], [i + 1, i]), [i0],
                                                        max_iterations=5))
attempt("wl pred multi", lambda: F.contrib.while_loop(lambda i: i < 3, lambda i: ([i], [i + 1]), [mx.nd.array([0, 1])],
                                                      max_iterations=5))
attempt("wl max 0", lambda: F.contrib.while_loop(lambda i: i < 3, lambda i: ([i], [i + 1]), [i0], max_iterations=0))
attempt("wl out int", lambda: F.contrib.while_loop(lambda i: i < 3, lambda i: (1, i + 1), i0, max_iterations=3))
attempt("wl out changes", lambda: F.contrib.while_loop(
    lambda i: i < 3, lambda i: ([i] if i.asscalar() < 1 else [i, i], i + 1), i0, max_iterations=3))
attempt("cond basic", lambda: F.contrib.cond(mx.nd.array([1]), lambda: x * 2, lambda: x * 3))
attempt("cond list", lambda: F.contrib.cond(mx.nd.array([0]), lambda: [x * 2], lambda: [x * 3]))
attempt("cond multi pred", lambda: F.contrib.cond(mx.nd.array([1, 0]), lambda: x * 2, lambda: x * 3))
d, st = S.var('d'), S.var('st')
attempt("sfe bad body", lambda: S.contrib.foreach(lambda a, b: a, d, st))
attempt("sfe tuple", lambda: S.contrib.foreach(lambda a, b: ((a, a * 2), b), d, st)[0])
attempt("sfe out int", lambda: S.contrib.foreach(lambda a, b: (1, b), d, st))
attempt("sfe None out", lambda: S.contrib.foreach(lambda a, b: (None, b), d, st))
attempt("sfe data int", lambda: S.contrib.foreach(lambda a, b: (a, b), 3, st))
attempt("swl no max", lambda: S.contrib.while_loop(lambda i: i < 3, lambda i: (i, i + 1), S.var('i')))
attempt("swl count", lambda: S.contrib.while_loop(lambda i: i < 3, lambda i: ([i], [i + 1, i]), [S.var('i')],
                                                  max_iterations=3))
attempt("swl vars int", lambda: S.contrib.while_loop(lambda i: i < 3, lambda i: (i, i + 1), 3, max_iterations=3))
attempt("swl out int", lambda: S.contrib.while_loop(lambda i: i < 3, lambda i: (1, i + 1), S.var('i'),
                                                    max_iterations=3))
attempt("swl cond not sym", lambda: S.contrib.while_loop(lambda i: True, lambda i: ([i], [i + 1]), [S.var('i')],
                                                         max_iterations=3))
attempt("scond mismatch", lambda: S.contrib.cond(S.var('p'), lambda: [d, d], lambda: [d]))
attempt("scond pred not sym", lambda: S.contrib.cond(True, lambda: d, lambda: d))
attempt("scond else int", lambda: S.contrib.cond(S.var('p'), lambda: d, lambda: 2))
outs, last = S.contrib.while_loop(lambda i: i < 3, lambda i: (i * 2, i + 1), S.var('i'), max_iterations=4)
attempt("swl types", lambda: (type(outs).__name__, type(last).__name__))
attempt("swl eval", lambda: S.Group([outs, last]).eval(i=mx.nd.array([0]))[1])
attempt("scond eval", lambda: S.contrib.cond(S.var('p'), lambda: d * 2, lambda: d * 3).eval(
    p=mx.nd.array([0]), d=mx.nd.ones((2,))))
