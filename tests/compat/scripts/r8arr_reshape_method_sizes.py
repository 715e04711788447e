# NDArray.reshape hands its sizes to C as integers: a float, text, nested tuple or array size is Python's
# TypeError (numpy integers and bools pass), as in MXNet.
import numpy as np
import mxnet as mx

a = mx.nd.arange(6)
cases = {"float": lambda: a.reshape(6.0), "float_in_tuple": lambda: a.reshape((3.0, 2)),
         "float_kw": lambda: a.reshape(shape=(3.0, 2)), "np_float": lambda: a.reshape((np.float32(3), 2)),
         "second_float": lambda: a.reshape(3, 2.0), "text": lambda: a.reshape("6"),
         "nested": lambda: a.reshape(((3, 2),)),
         "np_array": lambda: a.reshape(np.array([3, 2])), "nd_array": lambda: a.reshape(mx.nd.array([3, 2])),
         "bool": lambda: a.reshape(True), "np_ints": lambda: a.reshape((np.int32(3), np.int64(2))),
         "list_kw": lambda: a.reshape(shape=[3, 2]), "codes": lambda: a.reshape((-1, 2)),
         "float_kw_scalar": lambda: a.reshape(shape=6.0)}
for tag, fn in cases.items():
    try:
        print(tag, fn().shape)
    except Exception as e:
        print(tag, "error", type(e).__name__, str(e) if isinstance(e, TypeError) and "integer" in str(e) else "")
