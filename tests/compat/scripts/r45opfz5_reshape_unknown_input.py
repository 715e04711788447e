"""Under legacy shapes a reshape of an input of unknown (0) size to a known shape runs, and reading its result fails with delay_alloc, while a target left unknown fails its shape inference, as MXNet does."""
import mxnet as mx
import numpy as np


def unknown(*shape, dtype='float32'):
    return mx.nd.array(np.zeros(shape), dtype=dtype)


CASES = [('shape=() uint8', lambda: mx.nd.Reshape(unknown(2, 0, dtype='uint8'), shape=(1,))),
         ('shape=(3, 0)', lambda: mx.nd.Reshape(unknown(0, 3), shape=(3, 0))),
         ('shape=(-1,)', lambda: mx.nd.Reshape(unknown(0, 3), shape=(-1,))),
         ('shape=(0, -1)', lambda: mx.nd.Reshape(unknown(0, 3), shape=(0, -1))),
         ('reshape uint8', lambda: mx.nd.reshape(unknown(0, 3, dtype='uint8'), shape=(3, 0))),
         ('shape=(1, 0)', lambda: mx.nd.Reshape(unknown(0, 3), shape=(1, 0))),
         ('shape=(2, 0)', lambda: mx.nd.Reshape(unknown(2, 0), shape=(2, 0))),
         ('float64 shape=(2, 2)', lambda: mx.nd.Reshape(unknown(0, 3, dtype='float64'), shape=(2, 2))),
         ('method', lambda: unknown(0, 3).reshape((3, 0)))]
for name, run in CASES:
    try:
        r = run()
        print(name, 'ran', r.shape, r.dtype.__name__)
        print(name, 'read', r.asnumpy().shape)
    except mx.base.MXNetError as e:
        print(name, str(e).replace('\n', ' | '))
