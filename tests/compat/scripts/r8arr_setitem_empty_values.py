# Assigning arrays with no elements, or into basic selections with none: MXNet leaves the array as it is where
# its value preparation (squeeze of leading ones, legacy reshape of an empty value, broadcast) succeeds.
import numpy as np
import mxnet as mx
from mxnet import nd


def run(tag, key, value, shape=(3, 2)):
    a = nd.array(np.arange(int(np.prod(shape))).reshape(shape))
    try:
        a[key] = value
        print(tag, a.asnumpy().tolist())
    except Exception as e:
        print(tag, "error", type(e).__name__)


cols = (slice(None), slice(1, 1))
run("rows_nd_empty", slice(2, 2), nd.array([]), (4,))
run("rows_nd_one", slice(2, 2), nd.array([1]), (4,))
run("rows_nd_two", slice(2, 2), nd.array([1, 2]), (4,))
run("rows_scalar", slice(2, 2), 5, (4,))
run("rows_list_empty", slice(2, 2), [], (4,))
run("rows_np_empty", slice(1, 1), np.zeros((0,)))
run("rows_np_0x3", slice(1, 1), np.zeros((0, 3)))
run("rows_np_2x0", slice(1, 1), np.zeros((2, 0)))
run("rows_np_1x0x2", slice(1, 1), np.zeros((1, 0, 2)))
run("rows_np_0x2x1", slice(1, 1), np.zeros((0, 2, 1)))
run("rows_nested_empty", slice(1, 1), [[]])
run("rows_nd_1x2", slice(1, 1), nd.zeros((1, 2)))
run("rows_int_then_empty", (slice(1, 1), 0), nd.array([]))
run("cols_np_3x0", cols, np.zeros((3, 0)))
run("cols_np_empty", cols, np.zeros((0,)))
run("cols_np_1x0", cols, np.zeros((1, 0)))
run("cols_np_2x0", cols, np.zeros((2, 0)))
run("cols_np_3", cols, np.zeros((3,)))
run("cols_scalar", cols, 3.0)
run("whole_nd_empty", slice(0, 4), nd.array([]), (4,))
run("part_nd_empty", slice(0, 1), nd.array([]), (4,))
run("step_np_empty", slice(None, None, 2), np.zeros((0,)), (4,))
run("whole_np_0x2", slice(0, 3), np.zeros((0, 2)))
