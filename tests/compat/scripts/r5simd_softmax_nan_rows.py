# float64 softmax / log_softmax / softmin over rows holding NaN or infinities: MXNet's max loop keeps a first NaN
# (its sign too) and passes over later ones
import mxnet as mx

nan, inf = float('nan'), float('inf')
rows = [[-nan, -inf, 0.5, 2.0], [1.0, -nan, 3.0, 0.25], [nan, 1.0, 2.0, 3.0], [inf, 1.0, -inf, 0.0],
        [-inf, -inf, -inf, -inf], [0.1, 0.2, 0.3, 0.4]]
x = mx.nd.array(rows, dtype='float64')
for t in [None, 0.7]:
    for f in [mx.nd.softmax, mx.nd.log_softmax, mx.nd.softmin]:
        x.attach_grad()
        with mx.autograd.record():
            y = f(x, temperature=t)
        y.backward()
        print(f.__name__, t, y.asnumpy().tobytes().hex())
        print(x.grad.asnumpy().tobytes().hex())
