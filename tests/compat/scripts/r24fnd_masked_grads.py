"""Gradients that pass some elements and block others (clip, where, SequenceMask) for head gradients holding
-0.0, inf and nan: a passed element keeps the head's value (a -0.0 too), a blocked one is +0 (never 0 * inf)."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import autograd
from _words import words

OPS = {
    "clip": lambda t: mx.nd.clip(t, -1, 1), "clip_method": lambda t: t.clip(0, 6),
    "where_x": lambda t: mx.nd.where(t > 0, t, t * 0), "where_y": lambda t: mx.nd.where(t > 0, t * 0, t),
    "where_both": lambda t: mx.nd.where(t >= 0.5, t, -t), "relu": mx.nd.relu, "maximum": lambda t: mx.nd.maximum(t, 0),
    "SequenceMask": lambda t: mx.nd.SequenceMask(t.reshape((3, 2)), mx.nd.array([1, 2]), use_sequence_length=True),
    "SequenceMask_axis1": lambda t: mx.nd.SequenceMask(t.reshape((2, 3)), mx.nd.array([1, 3]),
                                                       use_sequence_length=True, axis=1),
    "clip_sqrt": lambda t: mx.nd.clip(t, 0, 1).sqrt(), "where_sqrt": lambda t: mx.nd.where(t > 0, t, t * 0).sqrt(),
}
HEADS = {"signed zeros": [-0.0, -0.0, 0.0, -0.0, -0.0, 0.0], "infs": [np.inf, -np.inf, np.inf, 1.0, -np.inf, 2.0],
         "nans": [np.nan, 1.0, np.nan, -0.0, np.nan, 1.0]}
for name, op in OPS.items():
    for head_name, head in HEADS.items():
        for dtype in ("float32", "float64"):
            x = mx.nd.array([-2.0, -0.5, 0.0, 0.5, 2.0, 3.0], dtype=dtype)
            x.attach_grad()
            try:
                with autograd.record():
                    y = op(x)
                y.backward(mx.nd.array(np.array(head).reshape(y.shape), dtype=dtype))
                print(name, head_name, dtype, x.grad.asnumpy().tolist())
            except Exception as e:
                print(name, head_name, dtype, words(e))
