import mxnet as mx
import numpy as np
from mxnet import gluon
np.random.seed(1)
class TB(gluon.HybridBlock):
    def __init__(self, cond, func, max_iterations):
        super().__init__(); self.cond, self.func, self.max_iterations = cond, func, max_iterations
    def hybrid_forward(self, F, *loop_vars):
        return F.contrib.while_loop(cond=self.cond, func=self.func, loop_vars=loop_vars, max_iterations=self.max_iterations)
for hyb in [False, True]:
    m = TB(lambda i, s: i <= 5, lambda i, s: (None, (i + 1, s + i)), 10)
    if hyb: m.hybridize()
    _, r = m(mx.nd.array([1], dtype='int64'), mx.nd.array([0], dtype='int64'))
    print(hyb, r[0].asscalar(), r[1].asscalar(), r[0].dtype)
    m = TB(lambda i, s: i <= 100, lambda i, s: (i, (i + 1, s + i)), 1000)
    if hyb: m.hybridize()
    o, (ri, rs) = m(mx.nd.array([1], dtype='int64'), mx.nd.array([0], dtype='int64'))
    print(hyb, o.shape, o.dtype, o.asnumpy()[:3].tolist(), o.asnumpy()[98:101].tolist()[:2], ri.asscalar(), rs.asscalar())
    m = TB(lambda i, s, f: f, lambda i, s, f: (i, (i + 1, s + i, f)), 1000)
    if hyb: m.hybridize()
    o, (ri, rs, _) = m(mx.nd.array([1], dtype='int64'), mx.nd.array([0], dtype='int64'), mx.nd.array([0], dtype='int64'))
    print(hyb, type(o).__name__, ri.asscalar(), rs.asscalar())

def verify(cond, func, loop_shapes, free_shapes, is_train, max_it, is_for, n_steps):
    args = {f"FreeVar{i}": mx.nd.array(np.random.uniform(-1, 1, s)) for i, s in enumerate(free_shapes)}
    args.update({f"LoopVar{i}": mx.nd.array(np.random.uniform(-1, 1, s)) for i, s in enumerate(loop_shapes)})
    if is_for:
        args["LoopVar0"] = mx.nd.array([0])
    start = int(is_for)
    fv = [args[f"FreeVar{i}"].copy() for i in range(len(free_shapes))]
    lv = [args[f"LoopVar{i}"].copy() for i in range(len(loop_shapes))]
    if is_train:
        for v in fv + lv[start:]: v.attach_grad()
    with mx.autograd.record(train_mode=is_train):
        outs, fin = mx.nd.contrib.while_loop(cond=lambda *l: cond(l, fv), func=lambda *l: func(l, fv), loop_vars=lv, max_iterations=max_it)
        outs = outs if isinstance(outs, list) else [outs]; fin = fin if isinstance(fin, list) else [fin]
        outs = [x[:n_steps] for x in outs]
        ogs = [mx.nd.array(np.random.uniform(-1, 1, x.shape)) for x in outs + fin]
        res = [x * 2 for x in outs] + [x * 3 for x in fin]
        if is_train:
            cat = mx.nd.concat(*[x.reshape(-1) for x in res], dim=0)
            cat.backward(out_grad=mx.nd.concat(*[x.reshape(-1) for x in ogs], dim=0))
            igr = [v.grad.asnumpy() for v in fv + lv[start:]]
    fs = [mx.sym.var(f"FreeVar{i}") for i in range(len(free_shapes))]
    ls = [mx.sym.var(f"LoopVar{i}") for i in range(len(loop_shapes))]
    so, sf = mx.sym.contrib.while_loop(cond=lambda *l: cond(l, fs), func=lambda *l: func(l, fs), loop_vars=ls, max_iterations=max_it)
    so = so if isinstance(so, list) else [so]; sf = sf if isinstance(sf, list) else [sf]
    so = [] if n_steps == 0 else [x.slice_axis(axis=0, begin=0, end=n_steps) for x in so]
    g = mx.sym.Group([x * 2 for x in so] + [x * 3 for x in sf])
    names = [f"FreeVar{i}" for i in range(len(free_shapes))] + [f"LoopVar{i}" for i in range(len(loop_shapes)) if i >= start]
    e = g.bind(mx.cpu(), args={n: args[n].copy() for n in g.list_inputs()}, args_grad={n: mx.nd.zeros_like(args[n]) for n in names} if is_train else None)
    sr = e.forward(is_train=is_train)
    ok = all(np.allclose(a.asnumpy(), b.asnumpy(), atol=1e-3) for a, b in zip(res, sr))
    if is_train:
        e.backward(out_grads=ogs)
        ok2 = all(e.grad_dict.get(n) is None or np.allclose(a, e.grad_dict[n].asnumpy(), atol=1e-3) for a, n in zip(igr, names))
    else:
        ok2 = None
    return ok, ok2, [x.shape for x in sr]
def step_fn(step_func):
    def step(loop, free):
        (s,), (a, b) = loop, free
        out = step_func(a, b, s)
        return (out, out)
    return step
for sf in [lambda a, b, s: s, lambda a, b, s: a * 1.5 + b * 2.5 - s * 3.5, lambda a, b, s: a * 2.5 * b + s * 0.3]:
    for tr in [True, False]:
        for n in [1, 3]:
            print(verify(lambda l, _: (l[0] < 1e35).prod(), step_fn(sf), [(2,)], [(2,), (2,)], tr, n, False, n))
def step2(loop, free):
    (i, s), (scanned, f_1, _) = loop, free
    in_ = scanned.take(i).squeeze(axis=0)
    out = (in_ * 2) * s * f_1
    return (out, (i + 1, out))
for tr in [True, False]:
    print(verify(lambda l, _: l[0] < 3, step2, [(1,), (2,)], [(3, 2), (2,), (1,)], tr, 1000, True, 3))
