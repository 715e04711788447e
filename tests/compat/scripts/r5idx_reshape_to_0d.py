# nd.reshape to shape () makes a legacy array that fails when read (legacy arrays have no 0-d shape); the
# method reshapes a one-element array to () and refuses larger ones at once, as MXNet's.
import mxnet as mx
import numpy as np

for data in [np.arange(24).reshape(2, 3, 4), np.array([7.0])]:
    a = mx.nd.array(data)
    for make in [lambda: mx.nd.reshape(a, shape=()), lambda: mx.nd.reshape(a, ()), lambda: a.reshape(())]:
        try:
            r = make()
            print("made", r.shape)
            print(r.asnumpy())
        except Exception as e:
            print("raises", type(e).__name__)
