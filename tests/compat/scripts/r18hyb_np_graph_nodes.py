"""Hybridized numpy-mode blocks: the reduction and sampler nodes their exported graphs hold (attributes written,
outputs counted), and samplers whose parameters are the block's inputs."""
import json
import os
import tempfile

import mxnet as mx
from mxnet import autograd, gluon, np, npx
from _words import words
from _hybrid_call import Call

npx.set_np()
where = tempfile.mkdtemp()


bodies = {
    "sum_axis": lambda F, x: F.np.sum(x, axis=0),
    "sum_dtype": lambda F, x: F.np.sum(x, dtype="float64"),
    "sum_keepdims_false": lambda F, x: F.np.sum(x, keepdims=False),
    "max_axis_none": lambda F, x: F.np.max(x, None),
    "mean_axis": lambda F, x: F.np.mean(x, 1),
    "mean_method": lambda F, x: x.mean(),
    "all_any": lambda F, x: F.np.all(x > 0, keepdims=False) + F.np.any(x > 0, axis=None),
    "std_var": lambda F, x: F.np.std(x, axis=0) + F.np.var(x, axis=0, ddof=1),
    "std_dtype": lambda F, x: F.np.std(x, dtype="float64"),
    "average": lambda F, x: F.np.average(x, axis=1, weights=x[0]),
    "normal_size": lambda F, x: x + F.np.random.normal(0, 1, size=(2, 3)) * 0,
    "exponential": lambda F, x: x + F.np.random.exponential(size=(2, 3)) * 0,
    "normal_of_input": lambda F, x: F.np.random.normal(x, 0.0),
    "uniform_of_input": lambda F, x: F.np.random.uniform(x, x),
}
x = np.array([[1., 2., 3.], [4., 5., 6.]])
for name, fn in bodies.items():
    with mx.name.NameManager():
        block = Call(fn, prefix="n_")
        block.hybridize()
        try:
            print(name, block(x).asnumpy().round(4).tolist())
            block.export(os.path.join(where, name))
            graph = json.load(open(os.path.join(where, name + "-symbol.json")))
            print("  ", [(n["op"], n.get("attrs", {})) for n in graph["nodes"] if n["op"] != "null"])
            print("  ", graph["node_row_ptr"], graph["heads"])
        except Exception as e:
            print(name, words(e))


class Reparameterized(gluon.HybridBlock):
    def hybrid_forward(self, F, loc, scale):
        return F.np.random.normal(loc, scale) * 2 + F.np.random.normal(1.0, scale, size=(3, 2))


for hybrid in (False, True):
    block = Reparameterized()
    if hybrid:
        block.hybridize()
    mx.random.seed(7)
    loc, scale = np.array([1., -2.]), np.array([0.5, 2.])
    loc.attach_grad()
    scale.attach_grad()
    with autograd.record():
        out = block(loc, scale)
    out.backward()
    print("reparameterized", hybrid, out.shape, loc.grad.tolist(), scale.grad.round(4).tolist())
