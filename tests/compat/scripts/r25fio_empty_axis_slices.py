# slice_axis along an empty axis checks no range: legacy shapes read the 0 as unknown and fail the shape
# inference, NumPy shapes give the empty slice; NDArrayIter over samples with an empty axis (layouts TNC, CN).
# recorded on AVX2
import mxnet as mx
import numpy as np
from _words import words

a = mx.nd.array(np.zeros((2, 0, 3)))
SLICES = [(0, 0, 1), (1, 0, 0), (1, 0, 2), (1, -1, None), (1, 3, 1), (1, -5, -7), (-2, 0, 1), (2, 0, 1), (0, 0, None),
          (3, 0, 1), (0, 0, 5), (0, 1, 1), (2, 0, 4)]
for axis, begin, end in SLICES:
    try:
        print("nd", axis, begin, end, a.slice_axis(axis=axis, begin=begin, end=end).shape)
    except mx.base.MXNetError as e:
        print("nd", axis, begin, end, words(e))

for shape, layout, label in [((2, 0, 3), "TNC", True), ((2, 0, 3), "TNC", False), ((0, 2), "NC", True),
                             ((2, 0), "CN", False), ((2, 0), "CN", True)]:
    for handle in ["pad", "discard", "roll_over"]:
        try:
            it = mx.io.NDArrayIter(np.zeros(shape), np.zeros(0) if label else None, batch_size=2,
                                   last_batch_handle=handle, layout=layout)
            print(shape, layout, label, handle, it.provide_data, [b.pad for b in it])
        except mx.base.MXNetError as e:
            print(shape, layout, label, handle, words(e))

mx.npx.set_np()
b = mx.np.zeros((2, 0, 3))
for axis, begin, end in SLICES:
    try:
        print("np", axis, begin, end, b.as_nd_ndarray().slice_axis(axis=axis, begin=begin, end=end).shape)
    except mx.base.MXNetError as e:
        print("np", axis, begin, end, words(e))
