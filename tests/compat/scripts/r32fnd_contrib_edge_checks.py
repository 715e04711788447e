"""A single Dirichlet event's density is (1,) with its gradients; quantized_batch_norm's channel axis, quantized_rnn's required parameters, fill_element_0index's checks and 5-D Proposal scores fail or run as MXNet's"""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd, autograd


def show(label, call):
    try:
        r = call()
        if isinstance(r, (list, tuple)):
            print(label, [(x.shape, x.asnumpy().ravel()[:6].tolist()) for x in r])
        else:
            print(label, r.shape, r.asnumpy().ravel()[:8].tolist())
    except Exception as e:      # noqa: BLE001
        print(label, type(e).__name__, " | ".join(str(e).strip().splitlines()[:3])[:400])


x, alpha = nd.array([0.2, 0.8]), nd.array([1.5, 2.0])
x.attach_grad()
alpha.attach_grad()
for is_log in (False, True):
    with autograd.record():
        y = nd.random_pdf_dirichlet(x, alpha, is_log=is_log)
    y.backward(nd.array([2.0]))
    print("dirichlet", is_log, y.shape, y.asnumpy().tolist(), x.grad.asnumpy().tolist(), alpha.grad.asnumpy().tolist())
show("dirichlet float64", lambda: nd.random_pdf_dirichlet(x.astype("float64"), alpha.astype("float64")))
show("dirichlet batch", lambda: nd.random_pdf_dirichlet(nd.array([[0.2, 0.8], [0.5, 0.5]]), alpha))
s = mx.sym.random_pdf_dirichlet(mx.sym.var("x"), mx.sym.var("a"))
print("dirichlet symbol", s.infer_shape(x=(2,), a=(2,)))

data = nd.array(np.ones((2, 3, 2, 2)), dtype="int8")
params = [nd.ones((3,)) for _ in range(4)]
ranges = [nd.array([-1.0]), nd.array([1.0])]
for axis in (1, -3, 4, -5, 9):
    show(f"quantized_batch_norm axis={axis}", lambda: nd.contrib.quantized_batch_norm(
        data, *params, *ranges, axis=axis, min_calib_range=-1, max_calib_range=1))
show("quantized_batch_norm 1-D", lambda: nd.contrib.quantized_batch_norm(
    nd.array([1, 2, 3], dtype="int8"), *params, *ranges, min_calib_range=-1, max_calib_range=1))

z = nd.ones((2, 3))
show("quantized_rnn bare", lambda: nd.contrib.quantized_rnn(z, z, z))
show("quantized_rnn mode", lambda: nd.contrib.quantized_rnn(z, z, z, mode="lstm"))
show("quantized_rnn mode state_size", lambda: nd.contrib.quantized_rnn(z, z, z, mode="lstm", state_size=2))
show("quantized_rnn layers p", lambda: nd.contrib.quantized_rnn(z, z, z, mode="lstm", num_layers=1, p=0.5,
                                                                bidirectional=True))
show("quantized_rnn no mode", lambda: nd.contrib.quantized_rnn(z, z, z, state_size=3, num_layers=2, p=0.1))
show("quantized_rnn gru", lambda: nd.contrib.quantized_rnn(z, z, z, mode="gru", state_size=2, num_layers=1))

show("fill_element_0index ranks", lambda: nd.fill_element_0index(nd.ones((2, 3)), nd.ones((2, 3)), nd.ones((2,))))
show("fill_element_0index rows", lambda: nd.fill_element_0index(nd.ones((2, 3)), nd.ones((3,)), nd.ones((2,))))
show("fill_element_0index", lambda: nd.fill_element_0index(nd.ones((2, 3)), nd.array([5, 6]), nd.array([2, 7])))

r = np.random.RandomState(0)
scores = nd.array(r.uniform(0, 1, (1, 6, 4, 5, 2)))
deltas = nd.array(r.uniform(0, 1, (1, 12, 4, 5)))
info = nd.array([[64, 80, 1]])
kw = dict(scales=(8,), ratios=(0.5, 1, 2), rpn_pre_nms_top_n=10, rpn_post_nms_top_n=4, rpn_min_size=1)
show("Proposal 5-D scores", lambda: nd.contrib.Proposal(scores, deltas, info, **kw))
show("MultiProposal 5-D scores", lambda: nd.contrib.MultiProposal(scores, deltas, info, **kw))
show("Proposal 5-D bad deltas", lambda: nd.contrib.Proposal(scores, nd.ones((1, 6, 4, 5, 2)), info, **kw))
show("Proposal 3-D scores", lambda: nd.contrib.Proposal(nd.ones((1, 6, 4)), deltas, info, **kw))

d8 = nd.array(r.randint(-5, 5, (2, 4)), dtype="int8")
w8 = nd.array(r.randint(-5, 5, (3, 4)), dtype="int8")
b8 = nd.array(r.randint(-5, 5, (3,)), dtype="int8")
lo, hi = nd.array([-1.0]), nd.array([1.0])
show("quantized_fully_connected ranges by keyword", lambda: nd.contrib.quantized_fully_connected(
    d8, w8, b8, min_data=lo, max_data=hi, min_weight=lo, max_weight=hi, min_bias=lo, max_bias=hi, num_hidden=3))
show("quantized_fully_connected no_bias by keyword", lambda: nd.contrib.quantized_fully_connected(
    d8, w8, min_data=lo, max_data=hi, min_weight=lo, max_weight=hi, num_hidden=3, no_bias=True))
show("quantized_fully_connected without ranges", lambda: nd.contrib.quantized_fully_connected(d8, w8, b8, num_hidden=3))
show("quantized_fully_connected float range", lambda: nd.contrib.quantized_fully_connected(
    d8, w8, b8, min_data=-1.0, max_data=1.0, min_weight=lo, max_weight=hi, min_bias=lo, max_bias=hi, num_hidden=3))
show("quantized_conv without ranges", lambda: nd.contrib.quantized_conv(
    nd.ones((1, 2, 4, 4), dtype="uint8"), nd.ones((3, 2, 3, 3), dtype="int8"), kernel=(3, 3), num_filter=3, no_bias=True))
