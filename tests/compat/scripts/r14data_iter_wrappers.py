"""ResizeIter, PrefetchingIter and a custom DataIter around NDArrayIter: epochs, resets, pads, renamed descriptions, and the error a wrong wrapped object raises."""
import numpy as np
import mxnet as mx
from mxnet import nd


def batches(it):
    return [(b.data[0].asnumpy()[:, 0].tolist(), b.label[0].asnumpy().tolist() if b.label else None, b.pad) for b in it]


class Counting(mx.io.DataIter):
    """Two batches per epoch from getdata/getlabel/getpad/getindex."""

    def __init__(self):
        super().__init__(2)
        self.i = 0
        self.provide_data = [mx.io.DataDesc("data", (2, 1))]
        self.provide_label = [mx.io.DataDesc("softmax_label", (2,))]

    def iter_next(self):
        self.i += 1
        return self.i <= 2

    def getdata(self):
        return [nd.ones((2, 1)) * self.i]

    def getlabel(self):
        return [nd.zeros((2,))]

    def getpad(self):
        return self.i - 1

    def reset(self):
        self.i = 0


data, label = np.arange(20, dtype=np.float32).reshape(10, 2), np.arange(10, dtype=np.float32)
for size in [1, 3, 5]:
    for reset_internal in [True, False]:
        it = mx.io.ResizeIter(mx.io.NDArrayIter(data, label, 3), size, reset_internal=reset_internal)
        first = batches(it)
        it.reset()
        print("ResizeIter", size, reset_internal, first, batches(it), it.provide_data, it.batch_size)
it = mx.io.PrefetchingIter([mx.io.NDArrayIter(data, label, 4), mx.io.NDArrayIter(data * 2, label, 4, data_name="d2", label_name="l2")])
print("PrefetchingIter", it.provide_data, it.provide_label, [b.pad for b in it])
it.reset()
print("PrefetchingIter again", [[a.asnumpy()[0, 0] for a in b.data] for b in it])
it = mx.io.PrefetchingIter(mx.io.NDArrayIter(data, label, 4), rename_data=[{"data": "x"}], rename_label=[{"softmax_label": "y"}])
print("renamed", it.provide_data, it.provide_label, [(it.iter_next(), it.getpad()) for _ in range(4)])
custom = Counting()
print("custom", batches(custom), batches(custom))
custom.reset()
print("custom reset", [(b.pad, b.index) for b in custom])
print("custom in ResizeIter", [b.pad for b in mx.io.ResizeIter(Counting(), 5)])
print("custom in PrefetchingIter", [b.pad for b in mx.io.PrefetchingIter(Counting())])
for wrong in [[1, 2], None, "iter"]:
    try:
        mx.io.ResizeIter(wrong, 2)
    except Exception as e:
        print("ResizeIter of", repr(wrong), "->", type(e).__name__, e)
