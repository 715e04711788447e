# Normalisation ops: BatchNorm (train/predict, aux updates, flags), LayerNorm, InstanceNorm, GroupNorm,
# L2Normalization, LRN: outputs and gradients.
import numpy as np
import mxnet as mx
from mxnet import nd, autograd


def show(label, f, rnd=5):
    try:
        r = f()
        if isinstance(r, (list, tuple)):
            for i, a in enumerate(r):
                print(label, i, a.dtype.__name__, a.shape, np.round(a.asnumpy(), rnd).tolist())
            return
        print(label, r.dtype.__name__, r.shape, np.round(r.asnumpy(), rnd).tolist())
    except Exception as e:
        print(label, "ERR", type(e).__name__)


x = nd.array(np.sin(np.arange(24).reshape(2, 3, 2, 2)) * 2 + 0.5)
gamma = nd.array([1.0, 0.5, 2.0])
beta = nd.array([0.0, 0.1, -0.2])
for kw in [{}, {"fix_gamma": False}, {"use_global_stats": True}, {"eps": 0.1, "fix_gamma": False},
           {"axis": 1, "fix_gamma": False}, {"output_mean_var": True}, {"momentum": 0.5, "fix_gamma": False}]:
    mm = nd.array([0.1, 0.2, 0.3]); mv = nd.array([1.0, 2.0, 0.5])
    show("BatchNorm predict %s" % kw, lambda: nd.BatchNorm(x, gamma, beta, mm, mv, **kw))
    mm = nd.array([0.1, 0.2, 0.3]); mv = nd.array([1.0, 2.0, 0.5])
    p = x.copy(); g = gamma.copy(); b = beta.copy()
    for a in (p, g, b):
        a.attach_grad()
    with autograd.record():
        y = nd.BatchNorm(p, g, b, mm, mv, **kw)
        if isinstance(y, (list, tuple)):
            y = y[0]
        z = (y * nd.array(np.arange(24).reshape(2, 3, 2, 2) % 5)).sum()
    z.backward()
    print("BatchNorm train", kw, np.round(y.asnumpy(), 5).tolist())
    print("  aux", np.round(mm.asnumpy(), 6).tolist(), np.round(mv.asnumpy(), 6).tolist())
    print("  grads", np.round(p.grad.asnumpy(), 4).tolist(), np.round(g.grad.asnumpy(), 4).tolist(),
          np.round(b.grad.asnumpy(), 4).tolist())
x3 = nd.array(np.cos(np.arange(24).reshape(2, 4, 3)) * 3)
mm = nd.zeros((3,)); mv = nd.ones((3,))
with autograd.record():
    y = nd.BatchNorm(x3, nd.ones((3,)), nd.zeros((3,)), mm, mv, axis=-1, fix_gamma=False)
print("BatchNorm axis -1", np.round(y.asnumpy(), 5).tolist(), np.round(mm.asnumpy(), 6).tolist(), np.round(mv.asnumpy(), 6).tolist())
show("BatchNorm 2d", lambda: nd.BatchNorm(nd.array([[1.0, 2.0], [3.0, 5.0]]), nd.ones((2,)), nd.zeros((2,)), nd.zeros((2,)), nd.ones((2,))))
show("BatchNorm bad gamma", lambda: nd.BatchNorm(x, nd.ones((2,)), beta, nd.zeros((3,)), nd.ones((3,))))
show("BatchNorm f64", lambda: nd.BatchNorm(x.astype("float64"), gamma.astype("float64"), beta.astype("float64"), nd.zeros((3,), dtype="float64"), nd.ones((3,), dtype="float64")))
# LayerNorm
for kw in [{}, {"axis": 1}, {"axis": 0}, {"eps": 0.25}, {"output_mean_var": True}]:
    shp = {(): 2, (("axis", 1),): 3, (("axis", 0),): 2}.get(tuple(sorted((k, v) for k, v in kw.items() if k == "axis")), 2)
    g = nd.array(np.linspace(0.5, 1.5, shp)); b = nd.array(np.linspace(-0.1, 0.1, shp))
    show("LayerNorm %s" % kw, lambda: nd.LayerNorm(x, g, b, **kw))
    p = x.copy(); p.attach_grad(); g.attach_grad(); b.attach_grad()
    with autograd.record():
        y = nd.LayerNorm(p, g, b, **kw)
        if isinstance(y, (list, tuple)):
            y = y[0]
        z = (y * nd.array(np.arange(24).reshape(2, 3, 2, 2) % 7)).sum()
    z.backward()
    print("  grads", np.round(p.grad.asnumpy(), 4).tolist(), np.round(g.grad.asnumpy(), 4).tolist(), np.round(b.grad.asnumpy(), 4).tolist())
show("LayerNorm bad", lambda: nd.LayerNorm(x, nd.ones((3,)), nd.zeros((3,))))
# InstanceNorm
for kw in [{}, {"eps": 0.3}]:
    show("InstanceNorm %s" % kw, lambda: nd.InstanceNorm(x, gamma, beta, **kw))
p = x.copy(); g = gamma.copy(); b = beta.copy()
for a in (p, g, b):
    a.attach_grad()
with autograd.record():
    z = (nd.InstanceNorm(p, g, b) * nd.array(np.arange(24).reshape(2, 3, 2, 2) % 5)).sum()
z.backward()
print("InstanceNorm grads", np.round(p.grad.asnumpy(), 4).tolist(), np.round(g.grad.asnumpy(), 4).tolist(), np.round(b.grad.asnumpy(), 4).tolist())
# GroupNorm
x6 = nd.array(np.sin(np.arange(48).reshape(2, 6, 2, 2)) + 0.3)
for kw in [{"num_groups": 1}, {"num_groups": 3}, {"num_groups": 2, "eps": 0.1}, {"num_groups": 3, "output_mean_var": True}]:
    show("GroupNorm %s" % kw, lambda: nd.GroupNorm(x6, nd.array(np.linspace(0.5, 1.5, kw["num_groups"])), nd.array(np.linspace(-0.1, 0.1, kw["num_groups"])), **kw))
    show("GroupNorm g6 %s" % kw, lambda: nd.GroupNorm(x6, nd.array(np.linspace(0.5, 1.5, 6)), nd.array(np.linspace(-0.1, 0.1, 6)), **kw))
p = x6.copy(); g = nd.array([1.0, 2.0, 0.5]); b = nd.array([0.0, 1.0, -1.0])
for a in (p, g, b):
    a.attach_grad()
with autograd.record():
    z = (nd.GroupNorm(p, g, b, num_groups=3) * nd.array(np.arange(48).reshape(2, 6, 2, 2) % 5)).sum()
z.backward()
print("GroupNorm grads", np.round(p.grad.asnumpy(), 4).tolist(), np.round(g.grad.asnumpy(), 4).tolist(), np.round(b.grad.asnumpy(), 4).tolist())
# L2Normalization
for mode in ["instance", "channel", "spatial", "bad"]:
    show("L2Normalization " + mode, lambda: nd.L2Normalization(x, mode=mode))
    show("L2Normalization eps " + mode, lambda: nd.L2Normalization(x, mode=mode, eps=1.0))
    if mode != "bad":
        p = x.copy(); p.attach_grad()
        with autograd.record():
            z = (nd.L2Normalization(p, mode=mode) * nd.array(np.arange(24).reshape(2, 3, 2, 2) % 5)).sum()
        z.backward()
        print("L2Normalization grad", mode, np.round(p.grad.asnumpy(), 4).tolist())
show("L2Normalization 2d", lambda: nd.L2Normalization(nd.array([[3.0, 4.0], [0.0, 0.0]])))
# LRN
for kw in [{"nsize": 3}, {"nsize": 5, "alpha": 0.001, "beta": 0.75, "knorm": 2.0}, {"nsize": 1}]:
    show("LRN %s" % kw, lambda: nd.LRN(x, **kw))
    p = x.copy(); p.attach_grad()
    with autograd.record():
        z = (nd.LRN(p, **kw) * nd.array(np.arange(24).reshape(2, 3, 2, 2) % 5)).sum()
    z.backward()
    print("LRN grad", kw, np.round(p.grad.asnumpy(), 3).tolist())   # oneDNN's order: last bits vary
