"""im2col/col2im, hard_sigmoid, Deformable/ModulatedDeformableConvolution and PSROIPooling on integer/float16 data: each kernel's refusal at its own source line, forward and (from a failed head) backward; contrib.div_sqrt_dim's root in the data's type."""
import warnings
from mxnet import nd, autograd

warnings.simplefilter('ignore')


def show(tag, f):
    try:
        print(tag, 'OK', f())
    except Exception as e:
        print(tag, type(e).__name__, str(e).replace('\n', ' | '))


def deform(x, dt):
    return nd.contrib.DeformableConvolution(x, nd.zeros((x.shape[0], 18, 2, 2), dtype=dt), nd.ones((1, 2, 3, 3), dtype=dt),
                                            kernel=(3, 3), pad=(1, 1), num_filter=1, no_bias=True)


def modulated(x, dt):
    return nd.contrib.ModulatedDeformableConvolution(x, nd.zeros((x.shape[0], 18, 2, 2), dtype=dt),
                                                     nd.ones((x.shape[0], 9, 2, 2), dtype=dt),
                                                     nd.ones((1, 2, 3, 3), dtype=dt), kernel=(3, 3), pad=(1, 1),
                                                     num_filter=1, no_bias=True)


ops = {'im2col': lambda x, dt: nd.im2col(x, kernel=(1, 1)),
       'col2im': lambda x, dt: nd.col2im(x.reshape((2, 2, 4)), output_size=(2, 2), kernel=(1, 1)),
       'hard_sigmoid': lambda x, dt: nd.hard_sigmoid(x),
       'DeformableConvolution': deform, 'ModulatedDeformableConvolution': modulated,
       'PSROIPooling': lambda x, dt: nd.contrib.PSROIPooling(x, nd.array([[0, 0, 0, 1, 1]], dtype=dt), spatial_scale=1.0,
                                                             output_dim=2, pooled_size=1)}
for dt in ['int32', 'uint8', 'int8', 'float16']:
    for name, f in ops.items():
        x = nd.ones((2, 2, 2, 2), dtype=dt)
        show((dt, name, 'forward'), lambda: f(x, dt).asnumpy().shape)
        show((dt, name, 'waitall'), lambda: nd.waitall())
        x.attach_grad()

        def backward():
            with autograd.record():
                y = f(x, dt)
            y.backward()

        show((dt, name, 'backward'), backward)
        show((dt, name, 'x.grad'), lambda: x.grad.asnumpy().ravel()[:4].tolist())
        show((dt, name, 'waitall 2'), lambda: nd.waitall())

# contrib.div_sqrt_dim takes the root in the data's type, forward and backward (integers: int(sqrt(d)))
for dt in ['int32', 'uint8', 'float16', 'float32', 'float64']:
    for last in [2, 3, 4, 5, 9]:
        x = nd.array([[7 * (i + 1) for i in range(last)]] * 2, dtype=dt)
        x.attach_grad()
        with autograd.record():
            y = nd.contrib.div_sqrt_dim(x)
        y.backward(nd.ones_like(y) * 5)
        print(dt, last, y.asnumpy().ravel()[:4].tolist(), x.grad.asnumpy().ravel()[:3].tolist())
