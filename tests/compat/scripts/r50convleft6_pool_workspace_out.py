"""Max Pooling over channel-first data takes out=[output, workspace]: MXNet checks each array's shape, then its type (the workspace int32, shaped as the output), and in training oneDNN's float32 kernel writes into the workspace's first bytes each window's kernel offset holding its maximum (a byte each, four from 256 offsets on; in the input's channel blocks), other types nothing; average pooling and channels-last layouts keep one output."""
# recorded on AMD AVX2
import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def last_line(e):
    return str(e).strip().splitlines()[-1]


rng = np.random.RandomState(50)
x = nd.array(rng.uniform(-1, 1, (2, 3, 6, 6)))


def pool(label, data, shape, dtype="float32", ws_shape=None, ws_dtype="int32", train=True, **kw):
    y = nd.zeros(shape, dtype=dtype) + 7
    ws = nd.zeros(ws_shape or shape, dtype=ws_dtype) - 5
    try:
        with autograd.train_mode() if train else autograd.predict_mode():
            r = nd.Pooling(data, out=[y, ws], **kw)
    except mx.MXNetError as e:
        print(label, last_line(e))
        return
    print(label, type(r).__name__, r[0] is y, r[1] is ws, repr(float(y.sum().asscalar())))
    print("   ", ws.asnumpy().view(np.uint8).ravel().tolist())


pool("2x2", x, (2, 3, 3, 3), kernel=(2, 2), stride=(2, 2))
pool("3x3 pad", x, (2, 3, 6, 6), kernel=(3, 3), pad=(1, 1))
pool("full", x, (2, 3, 3, 3), kernel=(3, 3), stride=(2, 2), pooling_convention="full")
pool("global", x, (2, 3, 1, 1), kernel=(1, 1), global_pool=True)
pool("1-D", nd.array(rng.uniform(-1, 1, (2, 3, 9))), (2, 3, 4), kernel=(3,), stride=(2,))
pool("3-D", nd.array(rng.uniform(-1, 1, (1, 2, 4, 4, 4))), (1, 2, 2, 2, 2), kernel=(2, 2, 2), stride=(2, 2, 2))
pool("16x16", nd.array(rng.uniform(-1, 1, (1, 2, 17, 17))), (1, 2, 2, 2), kernel=(16, 16))
pool("15x17", nd.array(rng.uniform(-1, 1, (1, 2, 16, 18))), (1, 2, 2, 2), kernel=(15, 17))
pool("predict", x, (2, 3, 3, 3), train=False, kernel=(2, 2), stride=(2, 2))
pool("float64", x.astype("float64"), (2, 3, 3, 3), dtype="float64", kernel=(2, 2), stride=(2, 2))
pool("float16", x.astype("float16"), (2, 3, 3, 3), dtype="float16", kernel=(2, 2), stride=(2, 2))
pool("ties", nd.array([[[[1, 1, 0, 2], [1, 1, 2, 2], [-np.inf, -np.inf, np.nan, 0], [-np.inf, -np.inf, 0, np.nan]]]]),
     (1, 1, 3, 3), kernel=(2, 2), stride=(2, 2), pad=(1, 1))
w = nd.array(rng.uniform(-1, 1, (16, 3, 3, 3)))
blocked = nd.Convolution(x, w, kernel=(3, 3), pad=(1, 1), num_filter=16, no_bias=True)
pool("after conv", blocked, (2, 16, 3, 3), kernel=(2, 2), stride=(2, 2))
# refused
pool("output type", x, (2, 3, 3, 3), dtype="float64", ws_shape=(2, 3, 4, 4), kernel=(2, 2), stride=(2, 2))
pool("output shape", x, (2, 3, 3, 4), ws_dtype="float32", kernel=(2, 2), stride=(2, 2))
pool("workspace type", x, (2, 3, 3, 3), ws_dtype="float32", kernel=(2, 2), stride=(2, 2))
pool("workspace uint8", x, (2, 3, 3, 3), ws_dtype="uint8", kernel=(2, 2), stride=(2, 2))
pool("workspace shape", x, (2, 3, 1, 1), ws_shape=(2, 3, 3, 3), ws_dtype="float64", kernel=(1, 1), global_pool=True)
pool("kernel", x, (2, 3, 3, 3), kernel=(9, 9))
pool("avg", x, (2, 3, 3, 3), pool_type="avg", kernel=(2, 2), stride=(2, 2))
pool("NHWC", nd.array(rng.uniform(-1, 1, (2, 6, 6, 3))), (2, 3, 3, 3), layout="NHWC", kernel=(2, 2), stride=(2, 2))

# recorded: the gradient flows through the output given
x.attach_grad()
y, ws = nd.zeros((2, 3, 3, 3)), nd.zeros((2, 3, 3, 3), dtype="int32")
with autograd.record():
    r = nd.Pooling(x, kernel=(2, 2), stride=(2, 2), out=(y, ws))
    z = (y * 2).sum()
z.backward()
print(type(r).__name__, repr(float(x.grad.sum().asscalar())), ws.asnumpy().view(np.uint8).ravel()[:54].tolist())
