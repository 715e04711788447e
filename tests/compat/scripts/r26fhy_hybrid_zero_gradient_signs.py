"""Inside a hybridized graph (and a bound Symbol), a comparison, round/floor or BlockGrad gives its inputs MXNet's
zeros_like gradients, which the ops before it pass on without running their backward: a subtraction behind a
comparison gives +0, not -0 (a -0 reached beside a real gradient is kept)."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd, autograd, gluon
from _words import words


class Call(gluon.HybridBlock):
    def __init__(self, fn, **kwargs):
        super().__init__(**kwargs)
        self.fn = fn

    def hybrid_forward(self, F, *xs):
        return self.fn(F, *xs)


BODIES = {
    "sub_eq": lambda F, a, b: F.broadcast_equal(F.broadcast_sub(a, b), a),
    "sub_eq_plus": lambda F, a, b: F.broadcast_equal(F.broadcast_sub(a, b), a) + 1,
    "sub_round": lambda F, a, b: F.round(F.broadcast_sub(a, b)),
    "minus_eq": lambda F, a, b: (a - b) == a,
    "slice_sub_eq": lambda F, a, b: F.slice_axis(F.broadcast_sub(a, b), axis=1, begin=0, end=1) == 1,
    "sub_gt_times": lambda F, a, b: F.broadcast_greater(F.broadcast_sub(a, b), a) * a,
    "gt_scalar": lambda F, a, b: (F.broadcast_sub(a, b) > 0) + 1,
    "gt_scalar_times": lambda F, a, b: (F.broadcast_sub(a, b) > 0) * a,
    "blockgrad_times": lambda F, a, b: F.BlockGrad(F.broadcast_sub(a, b)) * a,
    "sub_beside_cmp": lambda F, a, b: F.broadcast_sub(a, b) + (F.broadcast_sub(b, a) > 0),
    "split_eq": lambda F, a, b: F.split(F.broadcast_sub(a, b), num_outputs=2, axis=1)[0] == 0,
    "fc_eq": lambda F, a, b: F.FullyConnected(F.negative(a), b, num_hidden=2, no_bias=True) == 0,
    "relu_eq": lambda F, a, b: F.relu(-a) == b,
    "activation_eq": lambda F, a, b: F.Activation(-a, act_type="relu") == b,
    "concat_eq": lambda F, a, b: F.concat(-a, -b, dim=0) == 0,
    "floor_neg": lambda F, a, b: F.floor(F.negative(a)) + F.negative(b),
    "sum_eq": lambda F, a, b: F.sum(-a, axis=1) == F.sum(b, axis=1),
    "topk_mask": lambda F, a, b: F.topk(-a, ret_typ="mask") * b,
    "two_outputs": lambda F, a, b: (F.broadcast_sub(a, b) > 0, -b),
    "sign_times": lambda F, a, b: F.sign(-a) * b,
    "lesser_equal_scalar": lambda F, a, b: (F.negative(a) <= 0.5) * b,
}


def data(shape):
    n = 1
    for d in shape:
        n *= d
    return -1 - nd.arange(n).reshape(shape)


def block_grads(fn, how):
    net = Call(fn, prefix="call_")
    if how == "static":
        net.hybridize(static_alloc=True, static_shape=True)
    elif how == "hybrid":
        net.hybridize()
    xs = [data((2, 2)), data((2, 2))]
    for x in xs:
        x.attach_grad()
    with autograd.record():
        out = net(*xs)
        outs = out if isinstance(out, (list, tuple)) else [out]
        loss = outs[0].sum() * 1
        for o in outs[1:]:
            loss = loss + o.sum()
    loss.backward()
    return [x.grad.asnumpy().tolist() for x in xs]


def symbol_grads(fn):
    a, b = mx.sym.var("a"), mx.sym.var("b")
    out = fn(mx.sym, a, b)
    out = out if isinstance(out, (list, tuple)) else [out]
    out = mx.sym.Group(list(out))
    grads = {"a": nd.zeros((2, 2)), "b": nd.zeros((2, 2))}
    ex = out.bind(mx.cpu(), {"a": data((2, 2)), "b": data((2, 2))}, args_grad=grads)
    ex.forward(is_train=True)
    ex.backward([nd.ones(o.shape) for o in ex.outputs])
    return [grads["a"].asnumpy().tolist(), grads["b"].asnumpy().tolist()]


for label, fn in BODIES.items():
    for how in ("imperative", "hybrid", "static", "symbol"):
        try:
            got = symbol_grads(fn) if how == "symbol" else block_grads(fn, how)
        except Exception as e:
            got = words(e)
        print(label, how, got)
