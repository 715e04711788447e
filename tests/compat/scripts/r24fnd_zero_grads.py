"""Gradients behind operators whose gradient is zeros (rounding, comparisons, topk's indices): the zeros pass
through most operators without running their backward (+0, not 0 * inf = nan), some layers run theirs on them,
and a sum leaves them out beside other gradients (a -0.0 stays)."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd
from _words import words

T4 = lambda t: t.reshape((1, 1, 2, 2))
ZEROS = {
    "floor": mx.nd.floor, "round": mx.nd.round, "ceil": mx.nd.ceil, "fix": mx.nd.fix, "rint": mx.nd.rint,
    "gt": lambda t: t > -0.5,
    "le": lambda t: t <= 0,
    "eq": lambda t: t == 0,
    "bgt": lambda t: mx.nd.broadcast_greater(t, t * 0),
    "topk": lambda t: mx.nd.topk(t, k=2), "topk_mask": lambda t: mx.nd.topk(t, k=2, ret_typ="mask"),
    "sign": mx.nd.sign, "argsort": mx.nd.argsort, "one_hot": lambda t: mx.nd.one_hot(t, 3),
    "neg_gt": lambda t: -(t > 0.5), "sum_ceil": lambda t: mx.nd.sum(mx.nd.ceil(t)),
    "floor_ceil": lambda t: mx.nd.floor(t) + mx.nd.ceil(t), "floor_plus": lambda t: mx.nd.floor(t) + (-t) * 0,
    "round_mul": lambda t: mx.nd.round(t) * t,
}
BETWEEN = {
    "negative": lambda t: -t, "reshape": lambda t: t.reshape((2, 2)), "T": lambda t: t.reshape((2, 2)).T,
    "slice": lambda t: t[1:], "sum": lambda t: mx.nd.sum(t, axis=0, keepdims=True), "mean": lambda t: t.mean(),
    "plus": lambda t: t + t, "mul": lambda t: t * t, "div": lambda t: t / 3, "rdiv": lambda t: 1 / (t - 1),
    "dot": lambda t: mx.nd.dot(t, t), "softmax": mx.nd.softmax, "log_softmax": mx.nd.log_softmax,
    "concat": lambda t: mx.nd.concat(t, t, dim=0), "stack": lambda t: mx.nd.stack(t, t),
    "split": lambda t: mx.nd.split(t.reshape((2, 2)), 2, axis=1)[0],
    "take": lambda t: mx.nd.take(t, mx.nd.array([0, 1])),
    "pick": lambda t: mx.nd.pick(t.reshape((2, 2)), mx.nd.array([0, 1])),
    "where": lambda t: mx.nd.where(t > -1, t, t * 2),
    "clip": lambda t: mx.nd.clip(t, -1, 1),
    "relu": lambda t: t.relu(),
    "Activation": lambda t: mx.nd.Activation(t, act_type="relu"),
    "sigmoid": lambda t: t.sigmoid(), "tile": lambda t: mx.nd.tile(t, (2,)), "flip": lambda t: mx.nd.flip(t, 0),
    "sort": lambda t: mx.nd.sort(t, axis=0), "norm": mx.nd.norm, "max": lambda t: mx.nd.max(t, axis=0),
    "FullyConnected": lambda t: mx.nd.FullyConnected(t.reshape((1, 4)), mx.nd.ones((2, 4)), num_hidden=2,
                                                     no_bias=True),
    "LeakyReLU": mx.nd.LeakyReLU,
    "add_n": lambda t: mx.nd.add_n(t, t, t),
    "gather": lambda t: t[mx.nd.array([0, 2], dtype="int32")],
    "gather_nd": lambda t: mx.nd.gather_nd(t, mx.nd.array([[0, 2]])),
    "swapaxes": lambda t: mx.nd.swapaxes(t.reshape((2, 2)), 0, 1),
    "batch_dot": lambda t: mx.nd.batch_dot(t.reshape((1, 2, 2)), t.reshape((1, 2, 2))), "cumsum": mx.nd.cumsum,
    "Convolution": lambda t: mx.nd.Convolution(T4(t), mx.nd.ones((1, 1, 1, 1)), kernel=(1, 1), num_filter=1,
                                               no_bias=True),
    "Pooling": lambda t: mx.nd.Pooling(T4(t), kernel=(1, 1), pool_type="avg"),
    "Dropout": lambda t: mx.nd.Dropout(t, p=0.0),
    "LayerNorm": lambda t: mx.nd.LayerNorm(t, mx.nd.ones(4), mx.nd.zeros(4)), "Cast": lambda t: t.astype("float64"),
    "SequenceMask": lambda t: mx.nd.SequenceMask(t.reshape((2, 2))),
    "broadcast_to": lambda t: t.reshape((1, 4)).broadcast_to((2, 4)),
    "Pad": lambda t: mx.nd.pad(T4(t), mode="constant", pad_width=(0, 0, 0, 0, 1, 1, 1, 1)),
    "Embedding": lambda t: mx.nd.Embedding(mx.nd.array([0, 1]), t.reshape((2, 2)), input_dim=2, output_dim=2),
}


def grad_of(make, req="write"):
    x = mx.nd.array([0.0, -1.0, 2.0, -0.0])
    x.attach_grad(grad_req=req)
    try:
        for _ in range(2 if req == "add" else 1):
            with autograd.record():
                y = make(x.abs().sqrt() * -1)
            y.backward()
        return x.grad.asnumpy().tolist()
    except Exception as e:
        return words(e)


AFTER = {   # a zero-gradient op behind a layer that runs its backward on zeros, or behind a pass-through one
    "argsort": lambda t: mx.nd.argsort(t, is_ascend=False), "one_hot": lambda t: mx.nd.one_hot(t, 3),
    "BlockGrad": mx.nd.BlockGrad, "argmax": lambda t: mx.nd.argmax(t, axis=-1), "floor": mx.nd.floor,
}
for name, op in AFTER.items():
    for through in ("add_n", "concat", "where", "negative", "sum"):
        print(name, "after", through, grad_of(lambda t: op(BETWEEN[through](t))))
for name, op in ZEROS.items():
    print(name, grad_of(op), grad_of(op, "add"))
for name, op in BETWEEN.items():
    print("floor of", name, grad_of(lambda t: mx.nd.floor(op(t))), "| gt of", name, grad_of(lambda t: op(t) > 0))
