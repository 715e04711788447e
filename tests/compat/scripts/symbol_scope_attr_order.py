# Attribute listing order of ops (variadic ones too) built under an AttrScope, and their JSON.
import mxnet as mx
with mx.AttrScope(ctx_group='dev1', __mood__='x'):
    d = mx.sym.var('data')
    c = mx.sym.Convolution(d, kernel=(3, 3), num_filter=4, name='conv')
    b = mx.sym.BatchNorm(c, fix_gamma=False, name='bn')
    a = mx.sym.Activation(b, act_type='relu', name='relu')
    p = mx.sym.Pooling(a, kernel=(2, 2), pool_type='max', name='pool')
    cc = mx.sym.Concat(p, p, dim=1, name='cat')
    en = mx.sym.ElementWiseSum(cc, cc, name='es')
    up = mx.sym.UpSampling(en, scale=2, sample_type='nearest', name='up')
    st = mx.sym.stack(up, up, axis=0, name='st')
    an = mx.sym.add_n(st, st, name='an')
    fc = mx.sym.FullyConnected(an, num_hidden=3, name='fc', lr_mult=2)
    sm = mx.sym.SoftmaxOutput(fc, name='sm')
for k, v in sm.attr_dict().items():
    print(k, v)
print(sm.tojson())
