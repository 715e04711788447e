# Convolution on int8 and channel-last data, PReLU slopes of another size, Correlation with a smaller
# second input, CTCLoss label lengths past a row's width.
import numpy as np
import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn


def show(name, make):
    try:
        out = make()
    except mx.base.MXNetError:
        print(name, "error at call")
        return
    try:
        print(name, out.shape, out.dtype.__name__, np.round(out.asnumpy().astype(np.float64), 3).ravel().tolist())
    except mx.base.MXNetError:
        print(name, out.shape, "error on read")


np.random.seed(0)
x = np.random.randint(-100, 100, (2, 3, 4, 4))
w = np.random.randint(-100, 100, (2, 3, 2, 2))
b = np.random.randint(-100, 100, (2,))
for dt in ["int8", "uint8", "int32"]:
    show("conv " + dt, lambda: nd.Convolution(nd.array(x, dtype=dt), nd.array(w, dtype=dt), nd.array(b, dtype=dt),
                                               kernel=(2, 2), num_filter=2))
show("conv int8 small", lambda: nd.Convolution(nd.array(x // 20, dtype="int8"), nd.array(w // 20, dtype="int8"),
                                               nd.array(b // 20, dtype="int8"), kernel=(2, 2), num_filter=2,
                                               stride=(2, 1), pad=(1, 0)))
show("conv int8 ones", lambda: nd.Convolution(nd.ones((1, 1, 3, 3), dtype="int8"), nd.ones((1, 1, 2, 2), dtype="int8"),
                                              kernel=(2, 2), num_filter=1, no_bias=True))
for layout, d, k, wshape, s in [("NDHWC", (2, 1, 1, 3, 2), (1, 1, 1), (1, 1, 1, 1, 2), 2),
                                ("NHWC", (2, 1, 5, 3), (1, 2), (1, 1, 2, 3), 1),
                                ("NHWC", (2, 2, 3, 2), (1, 1), (2, 1, 1, 2), 1)]:
    for dt in ["float32", "float64", "int8"]:
        show(f"conv {layout} {d} {dt}", lambda: nd.Convolution(
            nd.arange(int(np.prod(d)), dtype=dt).reshape(d) - 3, nd.arange(int(np.prod(wshape)), dtype=dt).reshape(wshape),
            kernel=k, num_filter=wshape[0], no_bias=True, stride=(s,) * len(k), layout=layout))

for ds, gs in [((2, 4), (2,)), ((2, 3, 4), (1, 3)), ((2, 3, 4), (2, 3)), ((2, 3, 4), (2, 1)), ((2, 3, 4), (4,))]:
    data = -nd.arange(int(np.prod(ds))).reshape(ds)
    gamma = nd.arange(1, int(np.prod(gs)) + 1).reshape(gs) / 10
    gamma.attach_grad()
    try:
        with mx.autograd.record():
            y = nd.LeakyReLU(data, gamma, act_type="prelu")
        y.backward(nd.ones(ds))
        print("prelu", ds, gs, y.asnumpy().round(3).ravel().tolist(), gamma.grad.asnumpy().ravel().tolist())
    except mx.base.MXNetError:
        print("prelu", ds, gs, "error")
p = nn.PReLU(in_channels=2)
p.initialize()
show("gluon prelu", lambda: p(-nd.ones((2, 4))))

a = nd.array(np.random.rand(2, 3, 5, 6))
for shape2 in [(2, 3, 4, 6), (2, 2, 5, 6), (1, 3, 5, 6)]:
    b2 = nd.array(np.random.rand(*shape2))
    show(f"correlation {shape2}", lambda: nd.Correlation(a, b2, kernel_size=3, max_displacement=1, pad_size=2))
    show(f"correlation abs {shape2}", lambda: nd.Correlation(a, b2, kernel_size=1, is_multiply=False, pad_size=1))

d5 = nd.array(np.random.rand(5, 2, 4))
show("ctc wide", lambda: nd.CTCLoss(nd.ones((3, 2, 4)), nd.array([[1, 2], [1, 2]]), nd.array([3, 4]),
                                    use_label_lengths=True))
show("ctc next row", lambda: nd.CTCLoss(d5, nd.array([[1, 2], [3, 1]]), nd.array([3, 2]), use_label_lengths=True))
show("ctc too long", lambda: nd.CTCLoss(d5, nd.array([[1, 2, 3], [3, 1, 2]]), nd.array([5, 1]),
                                        use_label_lengths=True))
