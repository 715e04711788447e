"""mx.nd, mx.nd.op, mx.sym and mx.sym.op have no numpy-extension or NDArray-helper spellings of operators."""
import mxnet as mx

names = ('less', 'less_equal', 'batch_norm', 'convolution', 'deconvolution', 'pooling', 'layer_norm', 'group_norm',
         'instance_norm', 'l2_normalization', 'lrn', 'upsampling', 'elemwise_sum', 'add', 'subtract', 'equal',
         'lesser', 'logical_xor', 'true_divide', 'modulo')
for mod in ('nd', 'nd.op', 'sym', 'sym.op'):
    m = mx
    for part in mod.split('.'):
        m = getattr(m, part)
    print(mod, [n for n in names if hasattr(m, n)])
print(mx.nd.lesser(mx.nd.array([1, 3]), mx.nd.array([2, 2])), mx.nd.add(mx.nd.ones(2), 2))
print(mx.npx.batch_norm.__name__, mx.nd.BatchNorm.__name__, mx.sym.BatchNorm.__name__)
