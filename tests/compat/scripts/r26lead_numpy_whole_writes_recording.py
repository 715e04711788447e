"""Writes into an array of the graph while recording: a numpy value written to the whole array is copied in by no
operator (nothing refused; the gradient still flows through the array's recorded op); any other write is refused."""
import mxnet as mx, numpy as np
CASES = [((1, 4, 2), -1), ((3, 2), slice(None)), ((3, 2), (slice(None), slice(None))), ((3, 2), 0), ((2, 2), Ellipsis),
         ((1, 3), (0, slice(None))), ((2, 3), slice(0, 1))]
for shape, key in CASES:
    for val in [np.ones(shape[-1:]) * 7, np.array(5.0), np.full(shape, 3, dtype='int32')]:
        x = mx.nd.ones(shape); x.attach_grad()
        try:
            with mx.autograd.record():
                y = x * 2
                y[key] = val
                z = (y * y).sum()
            z.backward()
            print(shape, key, val.shape, 'ok', y.asnumpy().ravel().tolist(), x.grad.asnumpy().ravel().tolist())
        except Exception as e:
            print(shape, key, val.shape, type(e).__name__, str(e).split('\n')[-1][:90])
    x = mx.nd.ones(shape); x.attach_grad()
    try:
        with mx.autograd.record():
            x[key] = np.zeros(shape)
        print(shape, key, 'leaf write', x.asnumpy().ravel().tolist())
    except Exception as e:
        print(shape, key, 'leaf write', type(e).__name__, str(e).split('\n')[-1][:90])
