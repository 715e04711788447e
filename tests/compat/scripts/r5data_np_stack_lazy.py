# mx.np.stack, as nd.stack: same-sized arrays are read in the first one's shape; arrays of other sizes
# give a result that fails when read (out= included). default_batchify_fn under npx.set_np() follows.
import mxnet as mx
from mxnet.gluon.data.dataloader import default_batchify_fn, default_mp_batchify_fn

mx.npx.set_np()
np = mx.np
calls = [
    ("sizes 2, 3", lambda: np.stack([np.ones(2), np.ones(3)])),
    ("same size", lambda: np.stack([np.arange(6).reshape(2, 3), np.arange(6)])),
    ("shapes (2, 3), (3, 2)", lambda: np.stack([np.ones((2, 3)), np.ones((3, 2))], axis=-1)),
    ("axis 1", lambda: np.stack([np.ones(2), np.ones(3)], axis=1)),
    ("out", lambda: np.stack([np.ones(2), np.ones(3)], out=np.zeros((2, 2)))),
    ("dtypes", lambda: np.stack([np.ones(2), np.ones(2, dtype="int32")])),
    ("axis 5", lambda: np.stack([np.ones(2), np.ones(2)], axis=5)),
    ("batchify ragged", lambda: default_batchify_fn([np.ones(2), np.ones(3)])),
    ("mp batchify ragged", lambda: default_mp_batchify_fn([np.ones(2), np.ones(3)])),
]
for name, fn in calls:
    try:
        y = fn()
    except mx.base.MXNetError:
        print(name, "fails at the call")
        continue
    print(name, "made", type(y).__name__, y.shape, y.ctx)
    try:
        print(name, "read", y.tolist())
    except mx.base.MXNetError:
        print(name, "fails on reading")
