"""np.ones and np.full read a text shape as their parser does ('1', '(2, 3)', '[2, 3]'; '(2, -1)' fails shape inference); linalg.norm refusing its axis lists the flag and ord its front end chose (1 and 2 for None or 'fro', 2 for 'nuc'); linalg.tensorinv parses ind as an int attribute, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import np, npx

npx.set_np()
for fn in [np.ones, lambda s: np.full(s, 7)]:
    for s in ['1', '(2, 3)', '[2, 3]', ' 2', '2.5', '(2,)', '()', '', 'x', '(2, -1)', '2,3', '(0,)', '[]']:
        try:
            r = fn(s)
            print(repr(s), r.shape, r.dtype)
        except mx.base.MXNetError as e:
            print(repr(s), str(e).strip().splitlines()[-1][:200])
a = np.array([[1., 2, 3], [4, 5, 6]])
for kw in [dict(axis=True), dict(axis=True, ord=2), dict(axis=True, ord='fro'), dict(axis=True, keepdims=True),
           dict(axis=(0, True)), dict(axis=True, ord='nuc'), dict(axis=True, ord=float('inf')), dict(axis=True, ord=-1)]:
    try:
        print(kw, np.linalg.norm(a, **kw))
    except (mx.base.MXNetError, TypeError) as e:
        print(kw, type(e).__name__, str(e).strip().splitlines()[-1][:300])
t = np.eye(4).reshape(4, 2, 2)
for ind in [1, '1', 2.5, None, (1, 0), True, 'fro', np.array(1)]:
    try:
        print(repr(ind), np.linalg.tensorinv(t, ind=ind).shape)
    except (mx.base.MXNetError, TypeError) as e:
        print(repr(ind), type(e).__name__, str(e).strip().splitlines()[-1][:300])
