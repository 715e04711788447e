"""softmax, log_softmax and softmin of a 0-d array under NumPy shapes keep its shape and run their kernels over its one value, forward and backward: a non-finite output makes the gradient nan, softmin's negation flips a zero's sign, as in MXNet."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import nd, autograd

mx.util.set_np_shape(True)
for op in ['softmax', 'softmin', 'log_softmax']:
    f = getattr(nd, op)
    for dt, kw in [('float32', {}), ('float32', {'temperature': 2.0}), ('float32', {'dtype': 'float64'}),
                   ('float16', {}), ('float16', {'dtype': 'float32'}), ('float64', {'axis': 0})]:
        for v in [3.0, -0.0, float('inf'), float('nan')]:
            row = []
            for hg in [1.0, -0.0, 0.0, 2.5, float('nan')]:
                x = nd.array(v, dtype=dt)
                x.attach_grad()
                with autograd.record():
                    y = f(x, **kw)
                y.backward(nd.array(hg, dtype=y.dtype))
                row.append(repr(x.grad.asnumpy().item()))
            print(op, dt, kw, v, y.shape, y.dtype.__name__, repr(y.asnumpy().item()), ' '.join(row))
    try:
        f(nd.array(1.0), axis=1).asnumpy()
    except mx.MXNetError as e:
        print(op, 'axis 1:', str(e).split('\n')[-1])
    print(op, 'out', f(nd.array(2.0), out=nd.array(5.0)).shape)
