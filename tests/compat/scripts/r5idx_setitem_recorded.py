# Writes of a recorded value while recording: a key selecting the whole array (x[:], x[...], x[0] of a
# length-1 axis) is MXNet's recorded copy; any other key checks the value's broadcast (ValueError) before
# refusing the in-place write. An mx.np index array cannot index a write into a legacy NDArray.
import mxnet as mx
import numpy as np

for shape in [(3, 4), (1, 4)]:
    for key in [slice(None), Ellipsis, (Ellipsis, slice(None)), 0, (0, 0), (slice(None), 0), [0], (slice(0, 1),),
                (slice(None), slice(None, None, -1))]:
        for make in ["w", "w * 2", "w.reshape((1, 4))", "w[0:2]"]:
            w = mx.nd.arange(1, 5)
            w.attach_grad()
            y = mx.nd.zeros(shape)
            try:
                with mx.autograd.record():
                    y[key] = eval(make)
                    z = (y * mx.nd.arange(1, 1 + y.size).reshape(shape)).sum()
                z.backward()
                print(shape, key, make, y.asnumpy().tolist(), w.grad.asnumpy().tolist())
            except Exception as e:
                print(shape, key, make, "raises", type(e).__name__)

x = mx.nd.zeros((3, 4))
for key in [mx.np.array([0, 1]), (0, mx.np.array([1, 2])), mx.np.array(1)]:
    try:
        x[key] = 5
        print("np key", x.asnumpy().tolist())
    except Exception as e:
        print("np key raises", type(e).__name__)
