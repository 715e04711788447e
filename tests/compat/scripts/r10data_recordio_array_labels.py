"""recordio.pack refuses labels holding MXNet arrays (numpy reads them as endless nests in MXNet); numbers pack."""
import numpy as np
import mxnet as mx
from mxnet import recordio

for label in [mx.nd.array([1, 2]), mx.np.array([1, 2]), [mx.nd.array([1]), 2.0], (mx.nd.array([1])[0],),
              [mx.nd.array([1]), mx.nd.array([2])], mx.nd.array([3.0]).asscalar(), np.array([1.5, 2]), [1, 2.5]]:
    try:
        header, payload = recordio.unpack(recordio.pack(recordio.IRHeader(0, label, 1, 0), b"x"))
        print(header, payload)
    except ValueError as e:
        print("ValueError", str(e).split(" after")[0])
