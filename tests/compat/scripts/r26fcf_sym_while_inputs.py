"""sym.contrib.while_loop: the node's inputs in the order the condition then the step read them, loop-variable
counts and shapes across steps, and cond/foreach bodies that return nothing."""
# recorded on AVX2
import json
import mxnet as mx
from _words import words
sym, nd = mx.sym, mx.nd


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:      # noqa: BLE001  (the class and words are what is compared)
        print(label, "!!", words(e))


def node_attrs(g, op):
    node = [n for n in json.loads(g.tojson())["nodes"] if n["op"] == op][0]
    keep = ("cond_input_locs", "func_input_locs", "func_var_locs", "num_args")
    return {k: node["attrs"][k] for k in keep if k in node["attrs"]}, [i[0] for i in node["inputs"]]


i, a, b, f = sym.var("i"), sym.var("a"), sym.var("b"), sym.var("f")
h = f * 3
LOOPS = [
    ("free var in both", lambda i, a, b: i + f < 6, lambda i, a, b: (b * f, [i + 1, a * f, b]), [i, a, b]),
    ("step reads b first", lambda i, a, b: i < 3, lambda i, a, b: (b * a, [i + 1, a, b * i]), [i, a, b]),
    ("cond reads b", lambda i, a, b: b < 3, lambda i, a, b: (a, [i + 1, a, b + i]), [i, a, b]),
    ("outer expression", lambda i, a: i + h < 9, lambda i, a: (a, [i + 1, a * h]), [i, a]),
    ("free var in cond only", lambda i, a: i + f < 3, lambda i, a: (a * 2, [i + 1, a * 3]), [i, a]),
    ("free var in step", lambda i, a: i < 3, lambda i, a: (f, [i + 1, a * f]), [i, a]),
    ("tuple of vars", lambda i, a, b: i < 2, lambda i, a, b: ((a + b, b), (i + 1, b, a)), (i, a, b)),
]
for label, cond, func, loop_vars in LOOPS:
    out, st = sym.contrib.while_loop(cond, func, loop_vars, max_iterations=4)
    out = out if isinstance(out, list) else [out]
    g = sym.Group(out + list(st))
    print(label, g.list_arguments(), g.list_outputs(), *node_attrs(g, "_while_loop"))
    args = {k: nd.ones((1,)) * (n + 1) for n, k in enumerate(g.list_arguments())}
    args["i"] = nd.zeros((1,))
    shared = "f" in g.list_arguments() and label in ("free var in both", "outer expression", "free var in cond only")
    if shared:      # an input only the condition reads: MXNet cannot make the node's gradient
        attempt("   bind for gradients", lambda: g.bind(mx.cpu(), args, args_grad={k: nd.zeros((1,)) for k in args}))
        attempt("   bind for some", lambda: g.bind(mx.cpu(), args, args_grad={k: nd.zeros((1,)) for k in args},
                                                grad_req={"i": "write"}))
    grads = None if shared else {k: nd.zeros((1,)) for k in args}
    exe = g.bind(mx.cpu(), args, args_grad=grads)
    res = exe.forward(is_train=not shared)
    steps = int(res[len(out)].asscalar())
    print("  ", [r[:steps].asnumpy().tolist() for r in res[:len(out)]], [r.asnumpy().tolist() for r in res[len(out):]])
    if not shared:
        exe.backward([nd.ones(r.shape) for r in res])
        print("   grads", {k: v.asnumpy().tolist() for k, v in sorted(grads.items())})

# how many loop_vars: MXNet counts the given ones at their top level, the new ones flattened
attempt("nested vars", lambda: sym.contrib.while_loop(lambda i, ab: i < 3, lambda i, ab: (i, [i + 1, [ab[0], ab[1]]]),
                                                      [i, [a, b]], max_iterations=4)[1])
attempt("nested one", lambda: len(sym.contrib.while_loop(lambda i, ab: i < 3, lambda i, ab: (i, [i + 1, ab[0] * 2]),
                                                         [i, [a]], max_iterations=4)[1]))
attempt("one more var", lambda: sym.contrib.while_loop(lambda i: i < 3, lambda i: (i * 2, [i + 1, i]), [i],
                                                       max_iterations=4))
print("next names", sym.identity(i).name, (i * 2).name, (i + 1).name)

# a step output's shape may not change after the first step (a loop variable's may)
for n in (0, 1, 2, 3):
    for label, step in (("product", lambda i, a: [i + 1, i * 3]), ("sum", lambda i, a: [i + 1, a.sum()])):
        out, st = sym.contrib.while_loop(lambda i, a: i < n, lambda i, a: (a * 2, step(i, a)), [i, a], max_iterations=3)
        for which, g in (("all", sym.Group([out] + st)), ("vars", sym.Group(st))):
            ex = g.bind(mx.cpu(), {"i": nd.zeros((1,)), "a": nd.ones((2,))})
            attempt(f"steps {n} {label} {which}", lambda: [o.asnumpy().tolist() for o in ex.forward()[-2:]])
    out, st = sym.contrib.while_loop(lambda i, a: i < n, lambda i, a: (i * 2, [i + 1, a.sum()]), [i, a], max_iterations=3)
    ex = sym.Group([out] + st).bind(mx.cpu(), {"i": nd.zeros((1,)), "a": nd.ones((2,))})
    attempt(f"steps {n} var shrinks", lambda: [o[:n].asnumpy().tolist() for o in ex.forward()[bool(not n):]])
    out, st = sym.contrib.while_loop(lambda i, a: i < n, lambda i, a: (i * a, [i + 1, sym.concat(a, a, dim=0)]),
                                     [i, a], max_iterations=3)
    ex = sym.Group([out] + st).bind(mx.cpu(), {"i": nd.zeros((1,)), "a": nd.ones((2,))})
    attempt(f"steps {n} growing", lambda: [o[:n].asnumpy().tolist() for o in ex.forward()])

# bodies returning nothing: MXNet groups their outputs first
p, x, y = sym.var("p"), sym.var("x"), sym.var("y")
BRANCHES = [("then empty", lambda: [], lambda: x), ("else empty", lambda: x, lambda: []),
            ("then nested empty", lambda: [[]], lambda: 3), ("both", lambda: [x, y], lambda: [y]),
            ("else int", lambda: [x], lambda: 3)]
for label, then_f, else_f in BRANCHES:
    attempt("cond " + label, lambda: sym.contrib.cond(p, then_f, else_f))
attempt("cond pred list", lambda: sym.contrib.cond([p, x], lambda: x, lambda: y))
attempt("cond pred empty", lambda: sym.contrib.cond([], lambda: x, lambda: y))
attempt("foreach nothing", lambda: sym.contrib.foreach(lambda d, s: ([], []), x, []))
attempt("foreach states only", lambda: sym.contrib.foreach(lambda d, s: ([], [s[0] + d]), x, [y])[1][0].list_arguments())
print("next names", sym.identity(x).name, (x * 2).name, (x + 1).name)


# in a hybridized block, a recorded call cannot build that gradient either
class CondReadsOutside(mx.gluon.HybridBlock):
    def hybrid_forward(self, F, x, s):
        return F.contrib.while_loop(lambda i, v: (i + F.sum(x)) < 5, lambda i, v: (v * 2, [i + 1, v * 2]),
                                    [F.zeros((1,)), s], max_iterations=3)[0]


for first in ("plain", "recorded"):
    net = CondReadsOutside()
    net.hybridize()
    x0, s0 = nd.array([1., 2.]), nd.array([3., -1.])
    x0.attach_grad()
    for mode in (first, "plain" if first == "recorded" else "recorded"):
        if mode == "plain":
            attempt(f"block {first} first: {mode}", lambda: net(x0, s0)[:2].asnumpy().tolist())
        else:
            with mx.autograd.record():
                attempt(f"block {first} first: {mode}", lambda: net(x0, s0).shape)
