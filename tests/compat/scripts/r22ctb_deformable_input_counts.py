"""DeformableConvolution and ModulatedDeformableConvolution called with NDArrays take a bias exactly when no_bias
is false, refusing another input count before any shape check, as MXNet does."""
# recorded on AVX2
import mxnet as mx

nd = mx.nd
data, weight, bias = nd.ones((1, 2, 4, 4)), nd.ones((2, 2, 3, 3)), nd.array([0.5, -1])
offset, wrong_offset, mask = nd.zeros((1, 18, 2, 2)), nd.zeros((1, 18, 4, 4)), nd.ones((1, 9, 2, 2))
deform = nd.contrib.DeformableConvolution
modulated = nd.contrib.ModulatedDeformableConvolution
calls = [
    ('deformable with bias', lambda kw: deform(data, offset, weight, bias, **kw)),
    ('deformable without bias', lambda kw: deform(data, offset, weight, **kw)),
    ('deformable without bias, wrong offset', lambda kw: deform(data, wrong_offset, weight, **kw)),
    ('deformable with bias, wrong offset', lambda kw: deform(data, wrong_offset, weight, bias, **kw)),
    ('modulated with bias', lambda kw: modulated(data, offset, mask, weight, bias, **kw)),
    ('modulated without bias', lambda kw: modulated(data, offset, mask, weight, **kw)),
]
for name, fn in calls:
    for no_bias in [None, False, True]:
        kw = dict(kernel=(3, 3), num_filter=2)
        if no_bias is not None:
            kw['no_bias'] = no_bias
        try:
            print(name, no_bias, fn(kw).asnumpy().tolist())
        except mx.base.MXNetError as e:
            lines = [line for line in str(e).splitlines() if not line.startswith(('Traceback', '  File'))]
            print(name, no_bias, ' | '.join(lines).replace('MXNetError: ', ''))
