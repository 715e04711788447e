"""squeeze refusals: the legacy operator's negative axis check at its own line, and mx.np's checks taken axis by axis (an axis's length before a later axis's bounds)."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd
def words(e):
    t = str(e); cut = t.find('] ../')
    return repr(t if cut < 0 else t[:t.find('[', 0, cut)] + t[cut + 2:])
for axis in [-3, -1, 2, 0, (0, -3), (-5,), (1, 5), (0, 5), (-1, -1), (1, 1)]:
    for label, call in [('nd', lambda: nd.squeeze(nd.ones((2, 1)), axis=axis)), ('method', lambda: nd.ones((2, 1)).squeeze(axis=axis)),
                        ('np', lambda: mx.np.squeeze(mx.np.ones((2, 1)), axis=axis)),
                        ('sym', lambda: mx.sym.squeeze(mx.sym.var('x'), axis=axis, name='s').infer_shape(x=(2, 1))[1])]:
        try: r = call(); print(axis, label, r if isinstance(r, list) else r.shape)
        except Exception as e: print(axis, label, type(e).__name__, words(e))
