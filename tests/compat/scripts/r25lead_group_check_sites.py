# A grouped (de)convolution whose channels or filters the groups do not divide: MXNet's check per rank.
# recorded on AVX2
import re
import warnings
import mxnet as mx

o = mx.nd.ones
for rank in (1, 2, 3):
    for op in ('Convolution', 'Deconvolution'):
        for c, f in ((3, 4), (4, 3)):
            k = (3,) * rank
            w = (f, c // 2) + k if op == 'Convolution' else (c, f // 2) + k
            try:
                getattr(mx.nd, op)(o((1, c) + (5,) * rank), o(w), kernel=k, num_filter=f, num_group=2, no_bias=True)
                print(op, rank, c, f, 'OK')
            except mx.base.MXNetError as e:
                print(op, rank, c, f, repr(str(e)))
            s = getattr(mx.sym, op)(mx.sym.var('d'), kernel=k, num_filter=f, num_group=2, no_bias=True, name='x')
            try:
                s.infer_shape(d=(1, c) + (5,) * rank)
            except mx.base.MXNetError as e:
                print(' graph', repr(re.sub(r'\[\d\d:\d\d:\d\d\]', '[T]', str(e))))
# an operator whose imperative call fails for want of output sizes leaves them unknown in a graph
t = mx.sym.tile(mx.sym.var('a'), reps=(0,))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(t.infer_shape(a=(2, 3)), [str(x.message) for x in w])
print(t.infer_shape_partial(a=(2, 3)))
try:
    mx.nd.tile(o((2, 3)), reps=(0,))
except mx.base.MXNetError as e:
    print(repr(str(e)))
# Gluon layers infer their weights when built: the same checks name the layer's node
nn = mx.gluon.nn
for cls in (nn.Conv1D, nn.Conv2D, nn.Conv3D, nn.Conv1DTranspose, nn.Conv2DTranspose, nn.Conv3DTranspose):
    for c, f in ((3, 4), (4, 3)):
        try:
            cls(f, 3, groups=2, in_channels=c)
            print(cls.__name__, c, f, 'OK')
        except mx.base.MXNetError as e:
            print(cls.__name__, c, f, re.sub(r'\[\d\d:\d\d:\d\d\]', '[T]', str(e)))
