# gluon.rnn cell unrolling corners: BidirectionalCell with valid_length and merge_outputs=None (MXNet stacks the
# slices of the merged reverse outputs, so NTC swaps batch and time), per layout, batch and length.
import mxnet as mx
import numpy as np
from mxnet import nd
from mxnet.gluon import rnn

for vl in (False, True):
    for n, t in ((1, 3), (2, 2), (3, 3), (2, 1)):
        for layout in ("NTC", "TNC"):
            cell = rnn.BidirectionalCell(rnn.RNNCell(1), rnn.RNNCell(1))
            cell.initialize(mx.init.One())
            x = nd.array(np.arange(n * t).reshape((n, t, 1) if layout == "NTC" else (t, n, 1)) * 0.1)
            try:
                out, _ = cell.unroll(t, x, layout=layout, merge_outputs=None,
                                     valid_length=nd.array([t] * n) if vl else None)
                shown = np.round(out.asnumpy()[..., 1].ravel(), 4).tolist()
            except Exception as e:      # MXNet: lists have no asnumpy; NTC concat fails unless n == t
                shown = type(e).__name__
            print(vl, n, t, layout, shown)
