"""Reductions check their axes as MXNet: the largest, then the smallest, then duplicates; argmax/argmin their one axis."""
import mxnet as mx

nd = mx.nd
x = nd.ones((2, 3, 4))
cases = [
    ("sum 3", lambda: nd.sum(x, axis=3)), ("sum -4", lambda: nd.sum(x, axis=-4)),
    ("sum (0, 5)", lambda: nd.sum(x, axis=(0, 5))), ("sum (-5, 0)", lambda: nd.sum(x, axis=(-5, 0))),
    ("sum (5, -5)", lambda: nd.sum(x, axis=(5, -5))), ("sum (1, -4)", lambda: nd.sum(x, axis=(1, -4))),
    ("sum 3 exclude", lambda: nd.sum(x, axis=3, exclude=True)), ("sum (0, 0)", lambda: nd.sum(x, axis=(0, 0))),
    ("sum (0, -3) exclude", lambda: nd.sum(x, axis=(0, -3), exclude=True)), ("max 3", lambda: nd.max(x, axis=3)),
    ("mean -4 keepdims", lambda: nd.mean(x, axis=-4, keepdims=True)), ("prod (2, 2, 1)", lambda: nd.prod(x, axis=(2, 2, 1))),
    ("nansum 4", lambda: nd.nansum(x, axis=4)), ("nanprod -9", lambda: nd.nanprod(x, axis=-9)),
    ("min (1, 2, 3)", lambda: nd.min(x, axis=(1, 2, 3))), ("norm 3", lambda: nd.norm(x, axis=3)),
    ("norm -4", lambda: nd.norm(x, axis=-4)), ("norm (0, 0)", lambda: nd.norm(x, axis=(0, 0))),
    ("sum_axis 3", lambda: nd.sum_axis(x, axis=3)), ("x.sum 3", lambda: x.sum(axis=3)),
    ("sum of a vector over 1", lambda: nd.sum(nd.ones((3,)), axis=1)),
    ("argmax 3", lambda: nd.argmax(x, axis=3)), ("argmin -4", lambda: nd.argmin(x, axis=-4)),
    ("argmax of bool over 3", lambda: nd.argmax(x.astype("bool"), axis=3)),
    ("softmax 3", lambda: nd.softmax(x, axis=3)),
    ("sum (0, -1) keepdims", lambda: nd.sum(x, axis=(0, -1), keepdims=True)), ("argmax -1", lambda: nd.argmax(x, axis=-1)),
    ("sum []", lambda: nd.sum(x, axis=[])), ("max [] keepdims", lambda: nd.max(x, axis=[], keepdims=True)),
    ("x.mean(axis=[])", lambda: x.mean(axis=[])),
]
for name, f in cases:
    try:
        r = f()
        print(name, r.shape, r.asnumpy().ravel()[:3].tolist())
    except mx.base.MXNetError as e:
        line = str(e).strip().splitlines()[-1]
        print(name, "MXNetError", line[line.index("Check failed"):] if "Check failed" in line else line)
