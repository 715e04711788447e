# BatchNorm (training statistics, gradients, moving averages) and L2Normalization printed in full.
import mxnet as mx, numpy as np
nd = mx.nd
x = nd.array(np.sin(np.arange(60)).reshape(2, 3, 2, 5) * 2 + 0.5)
w = nd.array(np.cos(np.arange(60)).reshape(2, 3, 2, 5))
g = nd.array([1.0, 0.5, 2.0]); b = nd.array([0.0, 0.1, -0.2])
for kw in [{"fix_gamma": False}, {"fix_gamma": False, "use_global_stats": True}]:
    mm = nd.array([0.1, 0.2, 0.3]); mv = nd.array([1.0, 2.0, 0.5])
    p = x.copy(); gg = g.copy(); bb = b.copy()
    for a in (p, gg, bb): a.attach_grad()
    with mx.autograd.record():
        y = nd.BatchNorm(p, gg, bb, mm, mv, **kw)
    y.backward(w)
    print("BN", kw, y.asnumpy().ravel()[:5].tolist(), p.grad.asnumpy().ravel()[:5].tolist(), gg.grad.asnumpy().tolist(), bb.grad.asnumpy().tolist(), mm.asnumpy().tolist(), mv.asnumpy().tolist())
for name, mk in [("L2Normalization", lambda p: nd.L2Normalization(p, mode="channel"))]:
    p = x.copy(); p.attach_grad()
    with mx.autograd.record():
        y = mk(p)
    y.backward(w)
    print(name, y.asnumpy().ravel()[:5].tolist(), p.grad.asnumpy().ravel()[:5].tolist())
print("InstanceNorm", nd.InstanceNorm(x, g, b).asnumpy().ravel()[:8].tolist())
print("LayerNorm", nd.LayerNorm(x, nd.array(np.linspace(0.5, 1.5, 5)), nd.array(np.linspace(-0.1, 0.1, 5))).asnumpy().ravel()[:8].tolist())
