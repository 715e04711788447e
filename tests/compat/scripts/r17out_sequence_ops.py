"""SequenceMask, SequenceReverse and SequenceLast over their axes, lengths (fractional ones too), values and
dtypes, forward and gradient, and their inferred length input."""
import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from _words import words

rng = np.random.RandomState(5)


def run(op, shape, lengths=None, dtype="float32", **kw):
    x = nd.array(rng.uniform(-2, 2, shape), dtype=dtype)
    x.attach_grad()
    inputs = [x] if lengths is None else [x, nd.array(lengths, dtype=dtype)]
    try:
        with autograd.record():
            y = getattr(nd, op)(*inputs, use_sequence_length=lengths is not None, **kw)
        y.backward(nd.array(rng.uniform(-1, 1, y.shape), dtype=dtype))
        return f"{y.dtype.__name__} {y.asnumpy().round(3).ravel()[:10].tolist()} " \
               f"{x.grad.asnumpy().round(3).ravel()[:10].tolist()}"
    except Exception as e:
        return words(e)


for op in ["SequenceMask", "SequenceReverse"]:
    for shape, axis, lengths in [((4, 3, 2), 0, None), ((4, 3, 2), 0, [1, 4, 2]), ((3, 4, 2), 1, [2.7, 0.2, 3.9]),
                                 ((4, 3), 0, [0, 4, 4]), ((2, 5), 1, [5, 1])]:
        for dtype in ["float32", "float64", "float16"]:
            extra = {"value": -7.5} if op == "SequenceMask" else {}
            print(op, shape, axis, lengths, dtype, run(op, shape, lengths, dtype, axis=axis, **extra))
for shape, axis, lengths in [((4, 3, 2), 0, [1, 4, 2]), ((3, 4, 2), 1, [2, 1, 3]), ((4, 3), 0, [4, 4, 1])]:
    print("SequenceLast", shape, axis, lengths, run("SequenceLast", shape, lengths, axis=axis))
for op in ["SequenceMask", "SequenceReverse", "SequenceLast"]:
    print(op, "forward", getattr(nd, op)(nd.array(np.arange(12).reshape(4, 3))).asnumpy().tolist())
    s = getattr(mx.sym, op)(mx.sym.var("d"), use_sequence_length=True, name="s")
    print(op, s.list_arguments(), s.infer_shape_partial(d=(4, 3, 2)))
    for axis in [2, -1]:
        try:
            getattr(nd, op)(nd.ones((2, 3, 4)), axis=axis)
            print(op, axis, "ok")
        except Exception as e:
            print(op, axis, words(e))
print("mask int value", nd.SequenceMask(nd.array([[1, 2], [3, 4], [5, 6]], dtype="int32"), nd.array([1, 2], dtype="int32"),
                                        use_sequence_length=True, value=2.7).asnumpy().tolist())
