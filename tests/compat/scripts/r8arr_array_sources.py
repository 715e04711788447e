# nd.array: which error each bad source or dtype gives (MXNet checks the dtype before copying an array source,
# and after numpy reads a list source), and that good sources keep converting.
import numpy as np
import mxnet as mx
from mxnet import nd


def run(tag, source, **kwargs):
    try:
        a = nd.array(source, **kwargs)
        print(tag, a.dtype.__name__, a.shape, a.asnumpy().tolist())
    except Exception as e:
        print(tag, "error", type(e).__name__)


run("text_numpy", np.array(["a"]))
run("text_numpy_bool", np.array(["a"]), dtype="bool")
run("text_numpy_complex", np.array(["a"]), dtype="complex64")
run("text_list", ["a"])
run("ragged_list", [[1], [2, 3]])
run("ragged_list_complex", [[1], [2, 3]], dtype="complex64")
run("none_list_int", [None], dtype="int32")
run("none_list_float", [None])
run("list_complex", [1, 2], dtype="complex64")
run("numpy_complex", np.array([1, 2]), dtype="complex64")
run("npx_complex", mx.np.array([1, 2]), dtype="complex64")
run("npx_source", mx.np.array([1, 2]))
run("nd_complex", nd.array([1, 2]), dtype="complex64")
run("nd_int", nd.array([1.5, 2]), dtype="int32")
run("scalar", 2.5, dtype="float16")
run("string", "abc")
run("dict", {1: 2})
run("tuple_int8", (1, -2), dtype="int8")
run("uint16_numpy", np.array([1, 2], dtype=np.uint16))
