"""contrib.BilinearResize2D/AdaptiveAvgPooling2D on integer/bool/float16 data of 3-5 axes: the type switch and 4-D read fail in the kernel (when read), forward and, from a failed head, backward at their own lines."""
from mxnet import nd, autograd
def show(tag, f):
    try:
        print(tag, 'OK', f())
    except Exception as e:
        print(tag, type(e).__name__, str(e).replace('\n', ' | '))


for dt in ['int32', 'uint8', 'bool', 'float16']:
    for shape in [(1, 1, 2, 2), (1, 2, 2), (1, 1, 2, 2, 1)]:
        for name, f in [('bilinear', lambda x: nd.contrib.BilinearResize2D(x, height=3, width=3)),
                        ('adaptive', lambda x: nd.contrib.AdaptiveAvgPooling2D(x, output_size=1)),
                        ('bilinear_like', lambda x: nd.contrib.BilinearResize2D(x, nd.ones((1, 1, 3, 3), dtype=x.dtype),
                                                                                mode='like'))]:
            x = nd.ones(shape).astype(dt)
            show((dt, shape, name, 'call'), lambda: f(x).shape)
            show((dt, shape, name, 'read'), lambda: f(x).asnumpy().shape)
            show((dt, shape, name, 'w'), lambda: nd.waitall())
            x.attach_grad()

            def bw():
                with autograd.record():
                    y = f(x)
                y.backward()

            show((dt, shape, name, 'bwd'), bw)
            show((dt, shape, name, 'g'), lambda: x.grad.asnumpy().ravel()[:3].tolist())
            show((dt, shape, name, 'w2'), lambda: nd.waitall())
