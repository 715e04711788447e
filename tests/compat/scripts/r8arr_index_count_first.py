# Legacy NDArray indexing counts the key's entries first: more than one ... or more entries (None and ... aside)
# than axes is MXNet's IndexError before any slice, range or step check, for reads and writes alike.
import mxnet as mx
from mxnet import nd

a = nd.arange(3).reshape((3, 1))
keys = [(0, slice(None, -1, 3), slice(None, 2)), (0, slice(None), slice(None)), (0, 0, 0), (5, 0, 0),
        (slice(None), slice(None), slice(None)), (0, slice(None), 0), (0, None, 0, 0), (Ellipsis, Ellipsis),
        (Ellipsis, 0, 0, 0), (0, [0], 0), (slice(None, None, 0), 0, 0), (0, None, 0), (Ellipsis, 0, None, 0)]
for i, key in enumerate(keys):
    try:
        print("get", i, a[key].shape)
    except Exception as e:
        print("get", i, "error", type(e).__name__, e if isinstance(e, IndexError) else "")
    try:
        b = a.copy()
        b[key] = 1
        print("set", i, b.asnumpy().tolist())
    except Exception as e:
        print("set", i, "error", type(e).__name__, e if isinstance(e, IndexError) else "")
