# nd.stack checks only dtypes when called: inputs of different sizes give a result in input 0's shape that
# fails when read (MXNet's kernel finds it), and same-sized inputs are read in input 0's shape.
# default_batchify_fn stacks NDArray samples the same way.
import mxnet as mx
from mxnet import nd
from mxnet.gluon.data.dataloader import default_batchify_fn, default_mp_batchify_fn

calls = [
    ("sizes 2, 3", lambda: nd.stack(nd.ones(2), nd.ones(3))),
    ("sizes 4, 3 axis 1", lambda: nd.stack(nd.ones((2, 2)), nd.ones(3), axis=1)),
    ("same size", lambda: nd.stack(nd.arange(6).reshape((2, 3)), nd.arange(6))),
    ("dtypes", lambda: nd.stack(nd.ones(2, dtype="int32"), nd.ones(3))),
    ("batchify ragged", lambda: default_batchify_fn([nd.ones(2), nd.ones(3)])),
    ("mp batchify ragged", lambda: default_mp_batchify_fn([nd.ones((2, 2)), nd.ones(3)])),
]
for name, fn in calls:
    try:
        y = fn()
    except mx.base.MXNetError:
        print(name, "fails at the call")
        continue
    print(name, "made", y.shape, y.context)
    try:
        print(name, "read", y.asnumpy().tolist())
    except mx.base.MXNetError:
        print(name, "fails on reading")
