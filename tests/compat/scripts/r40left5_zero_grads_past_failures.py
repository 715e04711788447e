"""Gradients that are MXNet's zeros_like nodes all the way down: bool and integer variables behind ops of no bool kernel, failed forwards, partly reached split outputs."""
import numpy as np

import mxnet as mx
from mxnet import autograd


def last(e):
    lines = [ln.strip() for ln in str(e).splitlines() if ln.strip()]
    return " | ".join(lines[-2:])[:200]


def settle():
    try:
        mx.nd.waitall()
    except Exception as e:
        print("  waitall", type(e).__name__, last(e))


def run(name, x, make, heads=False):
    x.attach_grad()
    try:
        with autograd.record():
            y = make(x)
        if heads:
            autograd.backward(y)
        else:
            y.backward()
        print(name, np.dtype(x.dtype).name, "grad", x.grad.asnumpy().tolist())
    except Exception as e:
        print(name, np.dtype(x.dtype).name, type(e).__name__, last(e))
    settle()


ZERO_DOWNSTREAM = {
    "T_gt": lambda x: x.T > 0,
    "T_gt_astype": lambda x: (x.T > 0).astype("float32"),
    "slice_gt": lambda x: x[0:1] > 0,
    "slice_axis_gt": lambda x: mx.nd.slice_axis(x, axis=1, begin=0, end=2) > 0,
    "dot_gt": lambda x: mx.nd.dot(x, x.T) > 0,
    "concat_gt": lambda x: mx.nd.concat(x, x, dim=0) > 0,
    "stack_gt": lambda x: mx.nd.stack(x, x) > 0,
    "take_eq": lambda x: mx.nd.take(x, mx.nd.array([0])) == 1,
    "mul_round": lambda x: mx.nd.round(x * x),
    "add_sign": lambda x: mx.nd.sign(x + x),
    "max_argmax": lambda x: mx.nd.argmax(mx.nd.max(x, axis=0), axis=0),
    "clip_floor": lambda x: mx.nd.floor(mx.nd.clip(x, 0, 1)),
    "reverse_stop": lambda x: mx.nd.stop_gradient(mx.nd.reverse(x, axis=0)),
    "where_gt": lambda x: mx.nd.where(x, x, x) > 0,
    "T_zeros_like": lambda x: mx.nd.zeros_like(x.T),
    "mean_gt": lambda x: x.mean() > 0,
    "prod_gt": lambda x: x.prod(axis=0) > 0,
    "pick_gt": lambda x: mx.nd.pick(x, mx.nd.array([0, 1]), axis=1) > 0,
    "diag_gt": lambda x: mx.nd.diag(x) > 0,
    "swapaxis_gt": lambda x: mx.nd.SwapAxis(x, 0, 1) > 0,
    "slice_like_gt": lambda x: mx.nd.slice_like(x, x) > 0,
    "gather_nd_gt": lambda x: mx.nd.gather_nd(x, mx.nd.array([[0], [1]])) > 0,
    "T_argsort": lambda x: mx.nd.argsort(x.T),
    "T_topk": lambda x: mx.nd.topk(x.T),
    "T_T_gt": lambda x: x.T.T > 0,
    "split_v2_gt": lambda x: mx.nd.split_v2(x, 3, axis=1)[0] > 0,
    "sqrt_gt": lambda x: mx.nd.sqrt(x) > 0,
}
for dt in ["bool", "int8", "int32", "float16"]:
    for name, make in ZERO_DOWNSTREAM.items():
        run(name, mx.nd.array([[1, 0, 2], [0, 3, 1]], dtype=dt), make)

print("-- heads on some outputs of a multi-output op")
for dt in ["bool", "int8"]:
    for k in [1, 2, 3]:
        run(f"split{k}", mx.nd.array([[1, 0, 2], [0, 3, 1]], dtype=dt),
            lambda x: [y > 0 for y in mx.nd.split(x, 3, axis=1)[:k]], heads=True)
        run(f"split_v2_{k}", mx.nd.array([[1, 0, 2], [0, 3, 1]], dtype=dt),
            lambda x: [y > 0 for y in mx.nd.split_v2(x, 3, axis=1)[:k]], heads=True)
        run(f"topk{k}", mx.nd.array([[1, 0, 2], [0, 3, 1]], dtype=dt),
            lambda x: [y > 0 for y in (list(mx.nd.topk(x, ret_typ="both", k=2)) * 2)[:k]], heads=True)

print("-- zeros behind an op that runs its backward on them (0 * inf = nan) or passes them on")
PARTS = {
    "split_v2_first": lambda b: mx.nd.floor(mx.nd.split_v2(b, 2)[0]),
    "split_v2_both_calls": lambda b: mx.nd.floor(mx.nd.split_v2(b, 2)[0]) + mx.nd.floor(mx.nd.split_v2(b, 2)[1]),
    "split_v2_one_call": lambda b: (lambda s: mx.nd.floor(s[0]) + mx.nd.floor(s[1]))(mx.nd.split_v2(b, 2)),
    "SliceChannel_first": lambda b: mx.nd.floor(mx.nd.split(b, 2, axis=0)[0]),
    "topk_indices": lambda b: mx.nd.floor(mx.nd.topk(b, axis=0, ret_typ="both", k=2)[1]),
    "topk_values": lambda b: mx.nd.floor(mx.nd.topk(b, axis=0, ret_typ="both", k=2)[0]),
    "topk_value": lambda b: mx.nd.floor(mx.nd.topk(b, axis=0, ret_typ="value", k=2)),
    "sort": lambda b: mx.nd.floor(mx.nd.sort(b, axis=0)),
    "Dropout": lambda b: mx.nd.floor(mx.nd.Dropout(b, p=0.0)),
}
for name, make in PARTS.items():
    run(name, mx.nd.array([0.0, -1.0, 2.0, -0.0]), lambda x: make(mx.nd.sqrt(mx.nd.abs(x)) * -1))

print("-- the same in a bound Symbol")
x = mx.sym.var("x")
base = mx.sym.sqrt(mx.sym.abs(x)) * -1
SYMS = {
    "sort": mx.sym.floor(mx.sym.sort(base, axis=0)),
    "topk_value": mx.sym.floor(mx.sym.topk(base, axis=0, ret_typ="value", k=2)),
    "split_v2_first": mx.sym.floor(mx.sym.split_v2(base, 2)[0]),
    "split_v2_both": mx.sym.floor(mx.sym.split_v2(base, 2)[0]) + mx.sym.floor(mx.sym.split_v2(base, 2)[1]),
    "Dropout": mx.sym.floor(mx.sym.Dropout(base, p=0.0)),
}
for name, sym in SYMS.items():
    ex = sym.simple_bind(mx.cpu(), x=(4,))
    ex.forward(is_train=True, x=mx.nd.array([0.0, -1.0, 2.0, -0.0]))
    ex.backward(mx.nd.ones(ex.outputs[0].shape))
    print(name, ex.grad_dict["x"].asnumpy().tolist())

print("-- mx.np: split functions with some outputs reached")
mx.npx.set_np()
SPLITS = {"split": lambda x: mx.np.split(x, 3, axis=1), "hsplit": lambda x: mx.np.hsplit(x, 3),
          "array_split": lambda x: mx.np.array_split(x, 3, axis=1), "split_at": lambda x: mx.np.split(x, [1], axis=0)}
for dt in ["bool", "float32"]:
    for k in [1, 2, 3]:
        for name, make in SPLITS.items():
            run(f"{name}{k}", mx.np.array([[1, 0, 2], [0, 3, 1]], dtype=dt),
                lambda x: [y > 0 for y in make(x)[:k]], heads=True)
