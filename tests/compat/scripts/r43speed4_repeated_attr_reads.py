"""Repeated NDArray calls read attribute values equal as Python keys (1, 1.0, True, 0.0, -0.0, '1') each by its own type, as MXNet's parser does."""
import mxnet as mx

x = mx.nd.array([[-2.0, -0.5, 0.0, 1.5]])
for _ in range(2):
    for slope in (1, 1.0, "1", 0.0, -0.0, "-0.0", 0.25, "0.25"):
        print(repr(slope), mx.nd.LeakyReLU(x, slope=slope).asnumpy().tolist())
    for slope in (True, "x"):
        try:
            mx.nd.LeakyReLU(x, slope=slope)
        except mx.base.MXNetError as e:
            print(repr(slope), str(e).splitlines()[0])
    for axis in (1, True, "1", -1, "-1"):
        try:
            print(repr(axis), mx.nd.softmax(x, axis=axis).asnumpy().round(6).tolist())
        except mx.base.MXNetError as e:
            print(repr(axis), str(e).splitlines()[0])
    for no_bias in (True, 1, "True", "1", False, 0):
        w = mx.nd.ones((2, 4))
        args = (x, w) if no_bias not in (False, 0) else (x, w, mx.nd.ones((2,)))
        print(repr(no_bias), mx.nd.FullyConnected(*args, num_hidden=2, no_bias=no_bias).asnumpy().tolist())
