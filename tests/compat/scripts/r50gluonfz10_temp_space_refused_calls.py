"""A call refused before it runs (bad arguments or shapes) takes none of MXNet's four CPU temp space copies, even of an operator asking for one; and mx.np's all, any, argsort, diff, linalg det and svd take one while np.copy and linalg eigh and eigvalsh take none, so the copy holding a failed kernel's error is met by the same later uniform draw, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import nd

from _temp_space import first_failing_draw, settle

bad = nd.array([[-1., 0], [0, 1]])
np = mx.np
a = np.array([[0.5, 0.25], [0.75, 0.125]])


x = nd.array([[0.5, 0.25], [0.75, 0.125]])
cases = [
    ('nothing', lambda: None), ('FullyConnected', lambda: nd.FullyConnected(x)), ('Convolution', lambda: nd.Convolution(x)),
    ('BatchNorm', lambda: nd.BatchNorm(x)), ('Embedding', lambda: nd.Embedding(x)), ('take', lambda: nd.take(x)),
    ('slice', lambda: nd.slice(x)), ('elemwise_add', lambda: nd.elemwise_add(x)), ('flip', lambda: nd.flip(x)),
    ('expand_dims', lambda: nd.expand_dims(x)), ('gather_nd', lambda: nd.gather_nd(x)), ('sample_normal', lambda: nd.sample_normal(x)),
    ('dot of bad shapes', lambda: nd.dot(x, nd.ones((3, 2)))), ('sum of a bad axis', lambda: nd.sum(x, axis=5)),
    ('np all', lambda: np.all(a)), ('np any', lambda: np.any(a)), ('np argsort', lambda: np.argsort(a)),
    ('np copy', lambda: np.copy(a)), ('np diff', lambda: np.diff(a)), ('np det', lambda: np.linalg.det(a)),
    ('np eigh', lambda: np.linalg.eigh(a)), ('np eigvalsh', lambda: np.linalg.eigvalsh(a)), ('np svd', lambda: np.linalg.svd(a)),
]
for name, call in cases:
    y = nd.linalg.potrf(bad) + 1
    try:
        call()
        refused = ''
    except Exception as e:
        refused = type(e).__name__
    print(name, refused, first_failing_draw())
    settle()
