"""mx.sym.np: the operators, node names and attributes np symbols build, their reprs and outputs, and the
dtypes and gradients of a hybridized block using them."""
import json

import numpy as onp

import mxnet as mx
from mxnet import autograd, np, npx
from mxnet.gluon import nn

npx.set_np()
S, X = mx.sym.np, mx.sym.npx
a = mx.sym.var("a").as_np_ndarray()
b = mx.sym.var("b").as_np_ndarray()
print(type(a).__name__, a, a.list_arguments(), (a + b).list_outputs())


def show(label, build):
    try:
        s = build()
    except Exception as e:  # noqa: BLE001  (the error class is part of what is compared)
        print(label, "ERR", type(e).__name__, str(e)[:60])
        return
    s = s[0] if isinstance(s, list) else s
    graph = json.loads(s.tojson())
    print(label, type(s).__name__, s, [(n["op"], n["name"], n.get("attrs", {})) for n in graph["nodes"]
                                       if n["op"] != "null"])


EXPRESSIONS = {
    "a+b": lambda: a + b, "a-b": lambda: a - b, "a*b": lambda: a * b, "a/b": lambda: a / b, "a%b": lambda: a % b,
    "a**b": lambda: a ** b, "a+1": lambda: a + 1, "1+a": lambda: 1 + a, "a-1": lambda: a - 1, "1-a": lambda: 1 - a,
    "a*2.5": lambda: a * 2.5, "2*a": lambda: 2 * a, "a/2": lambda: a / 2, "2/a": lambda: 2 / a, "a%2": lambda: a % 2,
    "2**a": lambda: 2 ** a, "-a": lambda: -a, "a+True": lambda: a + True, "a==b": lambda: a == b,
    "a>1": lambda: a > 1, "2>a": lambda: 2 > a, "a<b": lambda: a < b, "a!=1": lambda: a != 1,
    "abs(a)": lambda: abs(a), "a[0]": lambda: a[0], "a[1:3]": lambda: a[1:3], "a[:,1]": lambda: a[:, 1],
    "a[-1]": lambda: a[-1], "a[::2,1:]": lambda: a[::2, 1:], "a[:,None]": lambda: a[:, None], "a[b]": lambda: a[b],
    "reshape": lambda: a.reshape((2, 3)), "reshape*": lambda: a.reshape(2, 3), "reshape-1": lambda: a.reshape(-1),
    "T": lambda: a.T, "transpose": lambda: a.transpose(1, 0), "sum": lambda: a.sum(),
    "sum1": lambda: a.sum(axis=1, keepdims=True), "mean": lambda: a.mean(axis=0), "max": lambda: a.max(axis=1),
    "prod": lambda: a.prod(), "argmax": lambda: a.argmax(axis=1), "std": lambda: a.std(), "var": lambda: a.var(),
    "astype": lambda: a.astype("int32"), "flatten": lambda: a.flatten(), "squeeze": lambda: a.squeeze(),
    "swapaxes": lambda: a.swapaxes(0, 1), "clip": lambda: a.clip(0, 1), "repeat": lambda: a.repeat(2),
    "dot": lambda: a.dot(b), "round": lambda: a.round(), "cumsum": lambda: a.cumsum(), "argsort": lambda: a.argsort(),
    "take": lambda: a.take(b), "as_nd": lambda: a.as_nd_ndarray(), "sum_axis": lambda: a.sum_axis(),
    "np.exp": lambda: S.exp(a), "np.absolute": lambda: S.absolute(a), "np.abs": lambda: S.abs(a),
    "np.negative": lambda: S.negative(a), "np.add": lambda: S.add(a, b), "np.add(1,a)": lambda: S.add(1, a),
    "np.multiply(2,a)": lambda: S.multiply(2, a), "np.greater(2,a)": lambda: S.greater(2, a),
    "np.maximum": lambda: S.maximum(a, b), "np.maximum0": lambda: S.maximum(a, 0), "np.maximum(2,a)":
    lambda: S.maximum(2, a), "np.divide": lambda: S.divide(a, 2), "np.remainder": lambda: S.remainder(a, b),
    "np.dot": lambda: S.dot(a, b), "np.matmul": lambda: S.matmul(a, b), "np.einsum": lambda: S.einsum("ij,jk->ik", a, b),
    "np.concatenate": lambda: S.concatenate([a, b], axis=1), "np.stack": lambda: S.stack([a, b]),
    "np.split": lambda: S.split(a, 2), "np.split idx": lambda: S.split(a, [1, 3], axis=1),
    "np.expand_dims": lambda: S.expand_dims(a, 1), "np.squeeze": lambda: S.squeeze(a, 0),
    "np.reshape": lambda: S.reshape(a, (2, 3)), "np.transpose": lambda: S.transpose(a),
    "np.swapaxes": lambda: S.swapaxes(a, 0, 1), "np.tile": lambda: S.tile(a, (2, 1)),
    "np.repeat": lambda: S.repeat(a, 2, axis=0), "np.flip": lambda: S.flip(a, 0),
    "np.broadcast_to": lambda: S.broadcast_to(a, (2, 3)), "np.where": lambda: S.where(a, b, a),
    "np.vstack": lambda: S.vstack([a, b]), "np.hstack": lambda: S.hstack([a, b]), "np.sum": lambda: S.sum(a, axis=0),
    "np.mean": lambda: S.mean(a, axis=(0, 1), keepdims=True), "np.max": lambda: S.max(a), "np.amax": lambda: S.amax(a),
    "np.argmax": lambda: S.argmax(a, axis=1), "np.cumsum": lambda: S.cumsum(a), "np.zeros": lambda: S.zeros((2, 3)),
    "np.ones": lambda: S.ones((2,)), "np.full": lambda: S.full((2,), 3.0), "np.arange": lambda: S.arange(5),
    "np.zeros_like": lambda: S.zeros_like(a), "np.full_like": lambda: S.full_like(a, 2), "np.eye": lambda: S.eye(3),
    "np.linspace": lambda: S.linspace(0, 1, 5), "np.round": lambda: S.round(a, 1), "np.isnan": lambda: S.isnan(a),
    "np.tril": lambda: S.tril(a, 1), "np.diag": lambda: S.diag(a), "np.arctan2": lambda: S.arctan2(a, b),
    "np.hypot": lambda: S.hypot(a, b), "np.take": lambda: S.take(a, b, axis=0), "np.sort": lambda: S.sort(a),
    "np.ravel": lambda: S.ravel(a), "np.moveaxis": lambda: S.moveaxis(a, 0, 1), "np.all": lambda: S.all(a),
    "np.any": lambda: S.any(a, axis=0), "npx.relu": lambda: X.relu(a), "npx.sigmoid": lambda: X.sigmoid(a),
    "npx.softmax": lambda: X.softmax(a), "npx.log_softmax": lambda: X.log_softmax(a, axis=-1),
    "npx.activation": lambda: X.activation(a, act_type="tanh"), "npx.batch_flatten": lambda: X.batch_flatten(a),
    "npx.reshape": lambda: X.reshape(a, (-2, -1)), "npx.batch_dot": lambda: X.batch_dot(a, b),
    "npx.sequence_mask": lambda: X.sequence_mask(a, b, use_sequence_length=True, value=-1e6, axis=1),
    "npx.pick": lambda: X.pick(a, b), "npx.one_hot": lambda: X.one_hot(a, 3),
    "npx.fully_connected": lambda: X.fully_connected(a, b, num_hidden=3, no_bias=True),
    "npx.dropout": lambda: X.dropout(a, p=0.5), "npx.topk": lambda: X.topk(a, k=2),
    "npx.layer_norm": lambda: X.layer_norm(a, b, b), "npx.cast": lambda: X.cast(a, dtype="int32"),
    "npx.embedding": lambda: X.embedding(a, b, input_dim=3, output_dim=2),
}
for label, build in EXPRESSIONS.items():
    show(label, build)
parts = S.split(a, 2)
print(type(parts).__name__, len(parts), parts[1], parts[1].list_outputs())
both = X.topk(a, k=2, ret_typ="both")
print(type(both).__name__, len(both), both[0], both[1])
print(repr(mx.sym.Group([a, a + 1])))
print(type(mx.sym.load_json((a + 1).tojson())).__name__)


class Mixed(nn.HybridBlock):
    def hybrid_forward(self, F, x, y):
        return [x + 1.5, x / 2, x * y, x > 1.5, F.np.exp(x), -x, x / x, 1.5 - x, 2 * x, x ** 2]


mixed = Mixed()
mixed.hybridize()
for r in mixed(np.array([1, 2, 3], dtype="int32"), np.array([1.0, 2.0, 3.0])):
    print("dtype", r.dtype, r)


class Functions(nn.HybridBlock):
    def hybrid_forward(self, F, x, y):
        idx = y.astype("int32")[0]
        return [F.np.round(x, 1), F.np.isnan(x), F.np.tril(x, 1), F.np.diag(x), F.np.arctan2(x, y),
                F.np.hypot(x, y), F.np.take(x, idx, axis=0), F.np.argsort(x), F.np.sort(x), F.np.ravel(x),
                F.np.moveaxis(x, 0, 1), F.np.all(x > 0), F.np.any(x > 0.5, axis=0), x.take(idx), x[1], x[:, ::2],
                F.np.split(x, 3)[1], F.np.vstack([x, y]), F.npx.softmax(x), F.np.where(x > 0.4, x, y),
                x.std(axis=0), x.var(), x.argmax(axis=1), F.np.flip(x, 1), F.np.broadcast_to(x[0], (2, 3)),
                F.np.matmul(x, y[0]), F.np.matmul(x.reshape(1, 3, 3), y)]


for hybridize in (False, True):
    block = Functions()
    if hybridize:
        block.hybridize()
    x = np.array([[0.25, 0.5, 0.75], [0.1, 0.2, 0.3], [1.5, 1.0, 0.5]])
    y = np.array([[1.0, 2.0, 0.0], [0.5, 0.5, 0.5], [1.0, 1.0, 1.0]])
    x.attach_grad()
    with autograd.record():
        outs = block(x, y)
        weights = [1, 0, 2, 1, 1, 1, 1, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1]
        total = sum((o * w).sum() for o, w in zip(outs, weights) if w)
    total.backward()
    print("hybridized" if hybridize else "imperative")
    for o in outs:
        print(" ", o.dtype, o.shape, onp.round(o.asnumpy().astype("float64"), 5).tolist())
    print("  grad", onp.round(x.grad.asnumpy().astype("float64"), 5).tolist())


class Imperative(nn.HybridBlock):
    """mx.np / mx.npx functions (not F.np / F.npx) inside hybrid_forward meet symbols when traced."""

    def __init__(self, fn, **kwargs):
        super().__init__(**kwargs)
        self.fn = fn

    def hybrid_forward(self, F, x):
        return self.fn(F, x)


for label, fn in [("np.exp", lambda F, x: np.exp(x)), ("npx.relu", lambda F, x: npx.relu(x)),
                  ("np.sum", lambda F, x: np.sum(x)), ("x[::-1]", lambda F, x: x[::-1]),
                  ("x[1:-1]", lambda F, x: x[1:-1]), ("x[:, ::-2]", lambda F, x: x[:, ::-2]),
                  ("concatenate None", lambda F, x: F.np.concatenate([x, x], axis=None)),
                  ("reshape(6)", lambda F, x: x.reshape(6))]:
    block = Imperative(fn)
    block.hybridize()
    try:
        print(label, block(np.arange(6.0).reshape(3, 2)).tolist())
    except Exception as e:  # noqa: BLE001  (the error class is part of what is compared)
        print(label, "ERR", type(e).__name__)


class Creation(nn.HybridBlock):
    def hybrid_forward(self, F, x):
        return [x + F.np.zeros((2, 3)), x * F.np.ones((3,)), F.np.full((2, 3), 2.5) - x, F.np.arange(3) + x,
                F.np.arange(1, 7, 2), F.np.eye(3) * 2, F.np.eye(2, 3, 1), F.np.linspace(0, 1, 3) * x,
                F.np.zeros_like(x) + 1, F.np.ones_like(x, dtype="int32"), F.np.full_like(x, 7)]


creation = Creation()
creation.hybridize()
x = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
x.attach_grad()
with autograd.record():
    outs = creation(x)
    sum(o.astype("float32").sum() for o in outs).backward()
for o in outs:
    print("created", o.dtype, o.tolist())
print("created grad", x.grad.tolist())


for s in [S.tensordot(a, b, [[1, 0], [0, 2]]), S.tensordot(a, b, 1), S.sum(a, axis=(), dtype="float64", keepdims=True),
          S.mean(a, dtype="float64"), S.max(a, axis=1, keepdims=True), S.prod(a, dtype="int32"), a.sum(dtype="float16")]:
    print(s, [(n["op"], n.get("attrs")) for n in json.loads(s.tojson())["nodes"] if n["op"] != "null"])


class Tensordot(nn.HybridBlock):
    def __init__(self, axes, **kwargs):
        super().__init__(**kwargs)
        self.axes = axes

    def hybrid_forward(self, F, a, b):
        return F.np.tensordot(a, b, self.axes)


rs = onp.random.RandomState(0)
for sa, sb, axes in [((3, 5), (5, 4), 1), ((3,), (3,), 1), ((3, 4, 5, 3, 2), (5, 3, 2, 1, 2), 3),
                     ((3, 5, 4, 3, 2), (2, 3, 5, 1, 2), [[1, 3, 4], [2, 1, 0]]), ((3, 5, 4), (5, 3, 4), [[2, 0], [-1, -2]]),
                     ((3, 5, 4), (5,), [[-2], [0]]), ((3,), (3,), 0), ((2, 3, 4), (4, 3, 2), [[], []])]:
    block = Tensordot(axes)
    block.hybridize()
    x, y = np.array(rs.uniform(size=sa)), np.array(rs.uniform(size=sb))
    x.attach_grad()
    y.attach_grad()
    with autograd.record():
        o = block(x, y)
    o.backward()
    print("tensordot", sa, sb, o.shape, onp.allclose(o.asnumpy(), onp.tensordot(x.asnumpy(), y.asnumpy(), axes), 1e-4),
          onp.round(x.grad.asnumpy().ravel()[:3], 3).tolist(), onp.round(y.grad.asnumpy().ravel()[:3], 3).tolist())


class Reductions(nn.HybridBlock):
    def hybrid_forward(self, F, a):
        return [F.np.sum(a, axis=(), dtype="float64", keepdims=True), F.np.sum(a, axis=1, dtype="int32"),
                F.np.mean(a, dtype="float64"), a.sum(dtype="float16"), F.np.prod(a, axis=0), a.mean(axis=1, keepdims=True)]


reductions = Reductions()
reductions.hybridize()
x = np.array([[1.5, 2.25], [3.0, -4.0]])
x.attach_grad()
with autograd.record():
    outs = reductions(x)
    sum(o.astype("float32").sum() for o in outs).backward()
for o in outs:
    print("reduced", o.dtype, o.shape, o.tolist())
print("reduced grad", x.grad.tolist())


for s in [S.where(a > 0, b, 0), S.where(a > 0, 1.5, b), S.where(a > 0, 1, 0)]:
    print(s, [(n["op"], n.get("attrs")) for n in json.loads(s.tojson())["nodes"] if n["op"] != "null"])


class Where(nn.HybridBlock):
    def hybrid_forward(self, F, x, y):
        return [F.np.where(x > 0.5, y, 0), F.np.where(x > 0.5, 1.5, y), F.np.where(x > 0.5, 1, 0),
                F.np.where(x > 0.5, x, y)]


where = Where()
where.hybridize()
x, y = np.array([[0.25, 0.75], [1.0, 0.5]]), np.array([[2.0, 3.0], [4.0, 5.0]])
x.attach_grad()
y.attach_grad()
with autograd.record():
    outs = where(x, y)
    sum(o.sum() for o in outs).backward()
for o in outs:
    print("where", o.dtype, o.tolist())
print("where grads", x.grad.tolist(), y.grad.tolist())


for s in [S.random.uniform(size=(2,)), S.random.normal(0, 1, size=(2, 3)), S.random.uniform(-1, 2, (3,), dtype="float64")]:
    print(s, [(n["op"], n.get("attrs")) for n in json.loads(s.tojson())["nodes"] if n["op"] != "null"])


class Sampling(nn.HybridBlock):
    def hybrid_forward(self, F, x):
        return (x + F.np.random.uniform(size=(3,)), x * F.np.random.normal(1, 2, size=(3,)),
                F.np.random.uniform(-1, 1, size=(2,), dtype="float64"))


mx.random.seed(5)
print("imperative draws", np.random.uniform(size=(3,)), np.random.normal(1, 2, size=(3,)),
      np.random.uniform(-1, 1, size=(2,), dtype="float64"))
sampling = Sampling()
sampling.hybridize()
mx.random.seed(5)
x = np.ones((3,))
x.attach_grad()
with autograd.record():
    drawn = sampling(x)
    drawn[1].sum().backward()
print("graph draws", drawn, x.grad)
print("graph draws again", sampling(x))


for s in [S.fliplr(a), S.flipud(a), S.inner(a, b), S.outer(a, b), S.vdot(a, b), S.row_stack([a, b]), S.vsplit(a, 2)[0]]:
    print(s, [(n["op"], n.get("attrs")) for n in json.loads(s.tojson())["nodes"] if n["op"] != "null"])


class Products(nn.HybridBlock):
    def hybrid_forward(self, F, x, y):
        return [F.np.fliplr(x), F.np.flipud(x), F.np.inner(x, y), F.np.outer(x, y), F.np.vdot(x, y),
                F.np.row_stack([x, y]), F.np.vsplit(x, 2)[1]]


products = Products()
products.hybridize()
x, y = np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[0.5, 1.0], [2.0, -1.0]])
x.attach_grad()
with autograd.record():
    outs = products(x, y)
    sum(o.sum() for o in outs).backward()
for o in outs:
    print("product", o.shape, o.tolist())
print("product grad", x.grad.tolist())


for build in [lambda: S.ones((2, 3)).eval(), lambda: (a * 2 + 1).eval(a=mx.nd.ones((2,))),
              lambda: (a * 2).eval(a=np.ones((2,))), lambda: S.arange(4).eval(),
              lambda: (a.T).bind(mx.cpu(), {"a": mx.nd.ones((2, 3))}).forward(),
              lambda: S.exp(a).simple_bind(mx.cpu(), a=(2,)).forward(is_train=False),
              lambda: (a + 1).list_outputs(), lambda: (a + 1).get_internals().list_outputs(),
              lambda: S.concatenate([a, a]).list_inputs(), lambda: (a + 1).attr("is_int"), lambda: (a + 1).list_attr()]:
    result = build()
    print("bound", type(result).__name__, result if not isinstance(result, list)
          else [(type(v).__name__, v) for v in result])
