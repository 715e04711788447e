"""Deformable convolutions refuse zero filters when their symbol is made (a Gluon layer's first call, hybridized or not), and the modulated one's backward fails as MXNet's CPU build does."""
from mxnet import autograd, nd, sym
from mxnet.gluon.contrib import cnn


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        lines = [l for l in str(e).split('\n') if l.strip() and not l.startswith(('Traceback', '  File'))]
        print(label, type(e).__name__, lines[0].replace('MXNetError: ', ''))


x, o, m = sym.var('x'), sym.var('o'), sym.var('m')
show('sym DeformableConvolution', lambda: sym.contrib.DeformableConvolution(x, o, num_filter=0, kernel=(1, 1)))
show('sym ModulatedDeformableConvolution',
     lambda: sym.contrib.ModulatedDeformableConvolution(x, o, m, num_filter=0, kernel=(1, 1)))
for cls in (cnn.DeformableConvolution, cnn.ModulatedDeformableConvolution):
    for hybridize in (False, True):
        def first_call(cls=cls, hybridize=hybridize):
            layer = cls(0)
            layer.initialize()
            if hybridize:
                layer.hybridize()
            return layer(nd.ones((1, 2, 3, 3))).shape
        show(f'{cls.__name__}(0) hybridize={hybridize}', first_call)


def modulated_backward():
    layer = cnn.ModulatedDeformableConvolution(2)
    layer.initialize()
    data = nd.ones((1, 2, 3, 3))
    data.attach_grad()
    with autograd.record():
        out = layer(data)
    print('forward', out.shape)
    out.backward()
    print('backward returns; gradient shape', data.grad.shape)
    return data.grad.asnumpy().sum()


show('ModulatedDeformableConvolution backward', modulated_backward)
