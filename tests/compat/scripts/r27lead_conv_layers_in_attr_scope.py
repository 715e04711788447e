# convolution layers made inside an AttrScope: MXNet builds the operator's symbol in the constructor, so an
# unknown scope attribute fails there (known ones pass)
# recorded on AVX2
import mxnet as mx
from mxnet.gluon import nn
for make in [lambda: nn.Conv2D(2, 3), lambda: nn.Conv1D(2, 3, in_channels=4), lambda: nn.Conv2DTranspose(2, 3)]:
    try:
        with mx.AttrScope(foo='bar', ctx_group='dev1'):
            r = make()
        print(type(r).__name__, 'ok')
    except Exception as e:
        print(type(e).__name__, str(e))
with mx.AttrScope(ctx_group='dev1', lr_mult='2'):
    print(nn.Conv2D(2, 3))
with mx.AttrScope(ctx_group='dev1'):
    c = nn.Conv2D(2, 3)
    d = nn.Conv2DTranspose(2, 3, in_channels=2)
print(mx.sym.Convolution(mx.sym.var('x'), kernel=(3, 3), num_filter=2).name, c.name, d.name)
c.initialize(); c.hybridize()
print(c(mx.nd.ones((1, 1, 4, 4))).shape)
print(c(mx.sym.var('data')).tojson()[:300])
