# NDArray __setitem__: value kinds, dtypes, broadcasting, empty selections, assignment while recording.
import numpy as np
import mxnet as mx
from mxnet import nd, autograd
def run(tag, key, val, shape=(3, 4), dtype="float32"):
    a = nd.arange(int(np.prod(shape)), dtype=dtype).reshape(shape)
    try:
        a[key] = val
        print(tag, a.dtype.__name__, a.asnumpy().tolist())
    except Exception as e:
        print(tag, "error", type(e).__name__)
run("1d_int_nd1", 1, nd.array([9]), shape=(4,))
run("1d_int_nd0", 1, nd.array(9), shape=(4,))
run("1d_slice_list", slice(1, 3), [7, 8], shape=(4,))
run("col", (slice(None), 1), nd.array([[1], [2], [3]]))
run("col_flat", (slice(None), 1), nd.array([1, 2, 3]))
run("row_bcast", 1, nd.array([5]))
run("int_dtype_val", 0, nd.array([1.7, 2.2, 3.9, 4.1]), dtype="int32")
run("f16_val", 0, nd.array([1, 2, 3, 4], dtype="float64"))
run("adv_list_val", [0, 2], nd.array([[1, 1, 1, 1], [2, 2, 2, 2]]))
run("adv_nd_rep", nd.array([0, 0]), nd.array([[1, 1, 1, 1], [2, 2, 2, 2]]))
run("step_bcast", (slice(None, None, 2), slice(None, None, 3)), nd.array([[9, 8]]))
run("neg_step", (slice(None, None, -1),), nd.arange(12).reshape((3, 4)) * 0 + nd.array([[1], [2], [3]]))
run("ellipsis_last", (Ellipsis, 0), 5)
run("none_idx", (None, 1), nd.array([[1, 2, 3, 4]]))
run("bool_np", np.array([True, False, True]), 0)
run("tuple_list_int", ([0, 1], 2), nd.array([7, 8]))
run("empty_slice", slice(2, 1), 5)
run("too_many", (0, 0, 0), 1)
run("oob_neg", -4, 1)
run("np_int", np.int64(2), 1)
run("nd_scalar_idx", nd.array([2]), 1)
run("float_val_list", slice(None), [[1.5] * 4] * 3, dtype="int64")
a = nd.ones((2, 3))
a.attach_grad()
with autograd.record():
    b = a * 2
    try:
        b[0] = 5
        print("setitem in record ok", b.asnumpy().tolist())
    except Exception as e:
        print("setitem in record", type(e).__name__)
    c = (b * 3).sum()
c.backward()
print(a.grad.asnumpy().tolist())
x = nd.zeros((3,))
x[:] = nd.array([1, 2, 3])[::-1]
print(x.asnumpy().tolist())
y = nd.arange(6).reshape((2, 3))
y[:, ::-1] = y.copy()
print(y.asnumpy().tolist())
for key in [slice(1, 1), slice(0, 0), slice(5, 7), (slice(None), slice(2, 1)), slice(2, 1, -1), slice(1, 2, -1),
            (0, slice(3, 3)), (Ellipsis, slice(3, 1))]:
    run(f"empty {key}", key, 1)
