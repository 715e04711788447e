"""The inputs of symbolic control flow: cond's branches share outer variables by name but cut an outer node once
each, while_loop's bodies never share, foreach reads outer symbols once; the node's input locations show it."""
import json

import mxnet as mx
from _words import words

V, C = mx.sym.var, mx.sym.contrib


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


def shown(out, **values):
    out = out if isinstance(out, mx.sym.Symbol) else mx.sym.Group(list(out))
    node = json.loads(out.tojson())["nodes"][-1]
    result = out.eval(**{k: mx.nd.array(v) for k, v in values.items()}) if values else None
    return (out.list_inputs(), node["attrs"], None if result is None else [r.asnumpy().tolist() for r in result])


attempt("cond shared name", lambda: shown(C.cond(V("p"), lambda: V("a") + 1, lambda: V("a") - 1), p=[1], a=[2, 3]))
attempt("cond shared name false", lambda: shown(C.cond(V("p"), lambda: V("a") * V("b"), lambda: V("b") - V("a")),
                                                p=[0], a=[2, 3], b=[1, 1]))
attempt("cond pred reads a", lambda: shown(C.cond(V("a").sum() > 3, lambda: V("a") + 1, lambda: V("a") - 1), a=[2, 3]))
a = V("a")
attempt("cond one object", lambda: shown(C.cond(V("p"), lambda: a * 2, lambda: a / 2), p=[0], a=[4.0]))
h = V("a") + 1
attempt("cond outer node", lambda: shown(C.cond(V("p"), lambda: h * 2, lambda: h / 2), p=[1], a=[4.0]))
attempt("cond outer node twice", lambda: shown(C.cond(V("p"), lambda: h * h, lambda: h - 1), p=[1], a=[4.0]))
attempt("cond three names", lambda: shown(C.cond(V("p"), lambda: V("a") + V("b"), lambda: V("b") - V("c"))))


def loop(cond_uses, func_uses):
    return C.while_loop(lambda i: i < cond_uses(), lambda i: (i * func_uses(), [i + 1]), [V("i")], max_iterations=3)


attempt("while_loop names", lambda: shown(loop(lambda: V("n"), lambda: V("n"))[0]))
attempt("while_loop names eval", lambda: shown(loop(lambda: V("n"), lambda: V("n"))[0], i=[0], n=[2]))
n = V("n")
attempt("while_loop one object", lambda: shown(loop(lambda: n, lambda: n)[0]))
attempt("while_loop two names", lambda: shown(loop(lambda: V("n"), lambda: V("m"))[0]))     # (rows past the end: unset)
attempt("foreach outer", lambda: shown(C.foreach(lambda d, s: (d * V("w"), [s[0] + V("w")]), V("d"), [V("s")])[0],
                                       d=[[1, 2], [3, 4]], s=[0, 0], w=[2, 2]))
a1, a2 = V("a"), V("a")
attempt("cond two inner a", lambda: shown(C.cond(V("p"), lambda: [V("a") + 1, V("a") * 3],
                                                 lambda: [V("a"), V("a") - 1])))
attempt("cond two outer a", lambda: shown(C.cond(V("p"), lambda: [a1 + 1, a2 * 3], lambda: [V("a"), a1 - 1])))
attempt("cond outer then inner", lambda: shown(C.cond(V("p"), lambda: a1 + V("a"), lambda: a2 - 1)))
attempt("cond inner then outer", lambda: shown(C.cond(V("p"), lambda: V("a") * 2, lambda: a1 + a2)))
attempt("cond pred reads outer", lambda: shown(C.cond(a1.sum() > 0, lambda: a2 + 1, lambda: V("a") - 1)))
attempt("while_loop two outer", lambda: shown(C.while_loop(lambda i: i < 3, lambda i: (i * a2 + a1, [i + 1]), [V("i")],
                                                           max_iterations=3)[0]))
attempt("foreach two outer", lambda: shown(C.foreach(lambda d, s: (d * a1 + a2, [s[0] + 1]), V("d"), [V("s")])[0]))
