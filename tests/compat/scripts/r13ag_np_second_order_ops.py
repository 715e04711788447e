"""Second orders through mx.np sort, squeeze, broadcast_to, tril and advanced indexing, and through the contrib
gradientmultiplier, BilinearResize2D and AdaptiveAvgPooling2D: values, or the backward op MXNet 1.9.1 names."""
import re

import numpy as np

import mxnet as mx
from mxnet import autograd, nd


def failure(e):
    for pattern in (r"Operator (\S+) is non-differentiable", r"with respect to the (\d+)-th variable"):
        found = re.search(pattern, str(e))
        if found:
            return found.group(1)
    return type(e).__name__


def orders(name, f, module, shape=(2, 3)):
    x = module.array(np.random.RandomState(0).uniform(0.2, 0.9, shape), dtype="float64")
    x.attach_grad()
    shown = []
    try:
        with autograd.record():
            g = f(x)
            for order in range(3):
                head = module.ones(g.shape, dtype=g.dtype)
                g = autograd.grad(g, [x], head_grads=head, create_graph=order < 2, retain_graph=True)[0]
                shown.append(np.round(g.asnumpy(), 5).ravel()[:3].tolist())
    except mx.base.MXNetError as e:
        shown.append(failure(e))
    print(name, shown)


IMAGE = (1, 1, 2, 3)
orders("gradientmultiplier", lambda x: nd.contrib.gradientmultiplier(nd.sin(x), scalar=2.0), nd)
orders("gradientmultiplier of x", lambda x: nd.contrib.gradientmultiplier(x, scalar=2.0), nd)
orders("BilinearResize2D", lambda x: nd.contrib.BilinearResize2D(nd.sin(x), height=4, width=6), nd, IMAGE)
orders("BilinearResize2D of x", lambda x: nd.contrib.BilinearResize2D(x, height=4, width=6), nd, IMAGE)
orders("AdaptiveAvgPooling2D", lambda x: nd.contrib.AdaptiveAvgPooling2D(nd.sin(x), output_size=1), nd, IMAGE)
orders("AdaptiveAvgPooling2D of x", lambda x: nd.contrib.AdaptiveAvgPooling2D(x, output_size=1), nd, IMAGE)
orders("nd squeeze", lambda x: nd.squeeze(nd.sin(x)), nd)
mx.npx.set_np()
mnp = mx.np
CASES = {
    "sort": lambda x: mnp.sort(mnp.sin(x)), "sort of x": lambda x: mnp.sort(x, axis=0),
    "squeeze": lambda x: mnp.squeeze(mnp.sin(x)), "squeeze of x": lambda x: mnp.squeeze(x),
    "broadcast_to": lambda x: mnp.sin(mnp.broadcast_to(x, (2, 2, 3))),
    "broadcast_to of x": lambda x: mnp.broadcast_to(x, (2, 2, 3)),
    "tril": lambda x: mnp.sin(mnp.tril(x)), "tril of x": lambda x: mnp.tril(x),
    "gather rows": lambda x: mnp.sin(x)[mnp.array([1, 0])], "gather rows twice": lambda x: mnp.square(x[[1, 1, 0]]),
    "gather of x": lambda x: x[mnp.array([1, 0])], "slice": lambda x: mnp.sin(x)[0], "slice of x": lambda x: x[0],
}
for name, f in CASES.items():
    orders("np " + name, f, mnp)
