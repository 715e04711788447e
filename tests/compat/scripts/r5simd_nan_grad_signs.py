# Activation tanh (float32) and LeakyReLU gelu gradients of NaN inputs keep the NaN's sign, as MXNet's kernels
import mxnet as mx

nan, inf = float('nan'), float('inf')
values = [nan, -nan, 0.5, -1.25, 0.0, -0.0, inf, -inf, 3.0]
for dt in ['float32', 'float64', 'float16']:
    for f in [lambda v: mx.nd.Activation(v, act_type='tanh'), lambda v: mx.nd.LeakyReLU(v, act_type='gelu')]:
        x = mx.nd.array(values, dtype=dt)
        x.attach_grad()
        with mx.autograd.record():
            y = f(x)
        y.backward()
        print(dt, y.asnumpy().tobytes().hex(), x.grad.asnumpy().tobytes().hex())
