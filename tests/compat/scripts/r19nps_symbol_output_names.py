"""The output names of mx.sym.np nodes (operators naming their output 'out' or 'std', those with hidden
outputs numbered), det and slogdet built as the linalg operators (0-d results under NumPy shape semantics
only), and what a hybridized block exports with them."""
import json
import os
import tempfile
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

S = mx.sym.np
x, y = mx.sym.var("x").as_np_ndarray(), mx.sym.var("y").as_np_ndarray()
builds = [("concatenate", lambda: S.concatenate([x, y])), ("append", lambda: S.append(x, y)),
          ("hstack", lambda: S.hstack([x, y])), ("dstack", lambda: S.dstack([x, y])),
          ("vstack", lambda: S.vstack([x, y])), ("stack", lambda: S.stack([x, y])),
          ("column_stack", lambda: S.column_stack([x, y])), ("matmul", lambda: S.matmul(x, y)),
          ("dot", lambda: S.dot(x, y)), ("std", lambda: S.std(x, axis=0)), ("var", lambda: S.var(x, ddof=1)),
          ("mean", lambda: S.mean(x)), ("average", lambda: S.average(x)),
          ("average weighted", lambda: S.average(x, weights=y)),
          ("average returned", lambda: S.average(x, returned=True)),
          ("norm", lambda: S.linalg.norm(x)), ("norm fro axis", lambda: S.linalg.norm(x, axis=1)),
          ("normal", lambda: S.random.normal(0, 1, size=(2,))), ("normal of x", lambda: S.random.normal(x, y)),
          ("uniform", lambda: S.random.uniform(size=(2,))), ("exponential", lambda: S.random.exponential(x)),
          ("logistic", lambda: S.random.logistic(x, 1)), ("gumbel", lambda: S.random.gumbel(x, 1)),
          ("weibull", lambda: S.random.weibull(x)), ("pareto", lambda: S.random.pareto(x)),
          ("rayleigh", lambda: S.random.rayleigh(x)), ("gamma", lambda: S.random.gamma(x)),
          ("det", lambda: S.linalg.det(x)), ("slogdet", lambda: S.linalg.slogdet(x)),
          ("inv", lambda: S.linalg.inv(x)), ("svd", lambda: S.linalg.svd(x))]
for label, build in builds:
    with mx.name.NameManager():
        try:
            sym = build()
            parts = sym if isinstance(sym, (list, tuple)) else [sym]
            print(label, [p.list_outputs() for p in parts],
                  [n["op"] for n in json.loads(parts[0].tojson())["nodes"] if n["op"] != "null"])
        except Exception as e:
            print(label, words(e))
with mx.name.NameManager():
    print(mx.sym.Group([S.concatenate([x, y]), S.std(x), S.linalg.norm(y)]).get_internals().list_outputs())


def determinants():
    a = np.array([[2., 1.], [1., 3.]])
    for sym in [S.linalg.det(x), S.linalg.slogdet(x)[1], mx.sym.Group(list(S.linalg.slogdet(x)))]:
        grad = np.zeros((2, 2))
        ex = sym.bind(mx.cpu(), {"x": a}, args_grad={"x": grad})
        outs = ex.forward(is_train=True)
        ex.backward([np.ones(o.shape) for o in outs])
        print(" ", [(o.shape, o.asnumpy().round(4).tolist()) for o in outs], grad.asnumpy().round(4).tolist(),
              sym.infer_shape(x=(2, 2))[1], sym.infer_shape(x=(3, 2, 2))[1])
    print(" ", [o.shape for o in mx.nd.linalg.slogdet(a.as_nd_ndarray())], mx.nd.linalg.det(a.as_nd_ndarray()).shape,
          mx.nd.linalg.sumlogdiag(a.as_nd_ndarray()).shape, mx.sym.linalg.det(mx.sym.var("d")).infer_shape(d=(2, 2))[1])


print("legacy shapes:")
determinants()
with mx.util.np_shape(True):
    print("numpy shapes:")
    determinants()

npx.set_np()
block = mx.gluon.nn.HybridLambda(lambda F, a: F.np.concatenate([F.np.linalg.det(a).reshape(1), F.np.std(a, axis=0),
                                                                  F.np.linalg.norm(a, axis=1)]))
block.hybridize()
out = block(np.array([[2., 1.], [1., 3.]]))
print(out.shape, out.round(4).tolist())
folder = tempfile.mkdtemp()
block.export(os.path.join(folder, "net"))
graph = json.load(open(os.path.join(folder, "net-symbol.json")))
print([(n["op"], n["name"]) for n in graph["nodes"]], graph["heads"], graph["node_row_ptr"])
loaded = mx.gluon.SymbolBlock.imports(os.path.join(folder, "net-symbol.json"), ["data"])
print(loaded(np.array([[2., 1.], [1., 3.]])).round(4).tolist(), loaded._cached_graph[1].list_outputs()
      if getattr(loaded, "_cached_graph", None) else None)
for name in os.listdir(folder):
    os.remove(os.path.join(folder, name))
os.rmdir(folder)
