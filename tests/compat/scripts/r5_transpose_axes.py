# transpose's axes: omitted or () reverses; an explicit None is a shape of unknown rank (an error)
import mxnet as mx
from mxnet import nd

x = nd.arange(6).reshape((2, 3))
calls = [
    ('nd.transpose(x)', lambda: nd.transpose(x)),
    ('nd.transpose(x, axes=())', lambda: nd.transpose(x, axes=())),
    ('nd.transpose(x, (1, 0))', lambda: nd.transpose(x, (1, 0))),
    ('nd.transpose(x, axes=None)', lambda: nd.transpose(x, axes=None)),
    ('x.transpose()', lambda: x.transpose()),
    ('x.transpose(None)', lambda: x.transpose(None)),
    ('x.transpose(axes=None)', lambda: x.transpose(axes=None)),
    ('x.transpose(axis=0)', lambda: x.transpose(axis=0)),
    ('x.transpose([1, 0])', lambda: x.transpose([1, 0])),
    ('x.transpose(axes=[1, 0])', lambda: x.transpose(axes=[1, 0])),
    ('sym axes=None', lambda: mx.sym.transpose(mx.sym.var('a'), axes=None).infer_shape(a=(2, 3))),
    ('sym default', lambda: mx.sym.transpose(mx.sym.var('a')).infer_shape(a=(2, 3))),
    ('np.transpose(None)', lambda: mx.np.transpose(x.as_np_ndarray(), None)),
]
for name, f in calls:
    try:
        r = f()
        print(name, r.shape if hasattr(r, 'shape') else r)
    except mx.base.MXNetError as e:
        print(name, type(e).__name__)
