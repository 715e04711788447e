# contrib.arange_like divides the position by repeat as C does (truncating), so a negative repeat counts down
import mxnet as mx
for dt in ['float32', 'int32', 'float64', 'float16']:
    for rep in [1, 2, -2, -1, 3]:
        x = mx.nd.zeros((2, 3), dtype=dt)
        print(dt, rep, mx.nd.contrib.arange_like(x, start=1.5, step=0.5, repeat=rep).asnumpy().tolist(),
              mx.nd.contrib.arange_like(x, repeat=rep, axis=1).asnumpy().tolist())
