# Normalisation operators' float32 outputs and gradients printed in full (LayerNorm on the last and
# other axes, InstanceNorm, GroupNorm, BatchNorm train/predict, L2Normalization, LRN), and the
# errors MXNet gives for mixed float types.
import mxnet as mx
import numpy as np

nd = mx.nd
rng = np.random.RandomState(7)


def show(name, op, shape, params, head_train=True, **kw):
    x = nd.array(rng.randn(*shape) * 1.5 + 0.3)
    ps = [nd.array(p) for p in params]
    head = nd.array(rng.randn(*shape))
    for a in [x] + ps[:2]:
        a.attach_grad()
    with mx.autograd.record(train_mode=head_train):
        y = getattr(nd, op)(x, *ps, **kw)
    out = y[0] if isinstance(y, (list, tuple)) else y
    out.backward(head, train_mode=head_train)
    print(name, "out", out.asnumpy().ravel()[:6].tolist())
    print(name, "dx", x.grad.asnumpy().ravel()[:6].tolist())
    for i, p in enumerate(ps[:2]):
        print(name, "dparam%d" % i, p.grad.asnumpy().ravel()[:4].tolist())
    if isinstance(y, (list, tuple)):
        for i, extra in enumerate(y[1:]):
            print(name, "extra%d" % i, extra.shape, extra.asnumpy().ravel()[:4].tolist())
    if op == "BatchNorm":
        print(name, "moving", ps[2].asnumpy().tolist()[:4], ps[3].asnumpy().tolist()[:4])


def params(c, moving=False):
    ps = [rng.uniform(0.5, 1.5, c), rng.uniform(-0.5, 0.5, c)]
    return ps + [rng.uniform(-0.2, 0.2, c), rng.uniform(0.5, 2, c)] if moving else ps


show("LayerNorm last", "LayerNorm", (6, 40), params(40))
show("LayerNorm axis1", "LayerNorm", (3, 7, 5), params(7), axis=1, output_mean_var=True)
show("InstanceNorm", "InstanceNorm", (2, 3, 30), params(3), eps=1e-5)
show("GroupNorm", "GroupNorm", (2, 6, 4, 3), params(3), num_groups=3, output_mean_var=True)
show("BatchNorm train", "BatchNorm", (4, 16, 3, 3), params(16, True), fix_gamma=False)
show("BatchNorm 2-D", "BatchNorm", (6, 5), params(5, True), fix_gamma=False, output_mean_var=True)
show("BatchNorm predict", "BatchNorm", (2, 8, 3, 3), params(8, True), head_train=False, fix_gamma=False)
show("L2Normalization", "L2Normalization", (3, 50), [])
show("L2Normalization spatial", "L2Normalization", (2, 4, 3, 5), [], mode="spatial")
show("LRN nsize 5", "LRN", (2, 16, 3, 3), [], nsize=5)
show("LRN nsize 3", "LRN", (2, 6, 2, 2), [], nsize=3, alpha=0.5, beta=0.6, knorm=1.5)

x64 = nd.array(np.ones((2, 4, 3)), dtype="float64")
for name, call in [("LayerNorm", lambda: nd.LayerNorm(nd.ones((2, 3), dtype="float64"), nd.ones(3), nd.zeros(3))),
                   ("GroupNorm", lambda: nd.GroupNorm(x64, nd.ones(2), nd.zeros(2), num_groups=2)),
                   ("BatchNorm", lambda: nd.BatchNorm(x64, nd.ones(4), nd.zeros(4), nd.zeros(4), nd.ones(4))),
                   ("InstanceNorm", lambda: nd.InstanceNorm(x64, nd.ones(4), nd.zeros(4)))]:
    try:
        call().wait_to_read()
        print(name, "float64 data with float32 parameters: accepted")
    except Exception as e:
        print(name, "float64 data with float32 parameters:", type(e).__name__)
