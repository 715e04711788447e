"""What an executor's monitor sees of a gradient the backward leaves unwritten (no argument takes it, so MXNet
asks the kernel for none): the block the memory plan lends it, never the gradient the op would compute."""
import ctypes

import numpy as np

import distnet as mx
from distnet.base import NDArrayHandle


def _backward_seen(net, shapes, grad_req):
    ex = net.simple_bind(mx.cpu(), grad_req=grad_req, **shapes)
    for name, array in ex.arg_dict.items():
        array[:] = np.linspace(-1, 1, array.size).reshape(array.shape)
    seen = {}

    def note(name, handle):
        name = name if isinstance(name, str) else name.decode()
        seen[name] = mx.nd.NDArray(ctypes.cast(handle, NDArrayHandle), writable=False).asnumpy().copy()
    ex.set_monitor_callback(note)
    ex.forward(is_train=True)
    ex.backward()
    return seen


def test_a_frozen_beta_gradient_shows_what_the_sum_left_in_its_block_not_the_computed_gradient():
    data = mx.sym.var("data")
    net = mx.sym.MakeLoss(mx.sym.sum(mx.sym.GroupNorm(data, num_groups=1, name="gn") * data, name="s"))
    reqs = {"data": "null", "gn_gamma": "write", "gn_beta": "null"}
    seen = _backward_seen(net, {"data": (2, 3, 4)}, reqs)
    assert seen["gn_backward_output1"].tolist() == (-seen["s_output"]).tolist()   # gamma's gradient, taken
    assert seen["gn_backward_output2"].tolist() == [1.0]     # the sum's head gradient was there (as MXNet shows)


def test_a_data_gradient_shows_what_the_sum_gradient_left_in_its_block():
    data = mx.sym.var("data")
    hidden = mx.sym.relu(mx.sym.FullyConnected(data, num_hidden=6, name="fc1"), name="relu1")
    net = mx.sym.MakeLoss(mx.sym.sum(mx.sym.FullyConnected(hidden, num_hidden=4, name="fc2")), name="loss")
    reqs = {"data": "null", "fc1_weight": "write", "fc1_bias": "write", "fc2_weight": "write", "fc2_bias": "write"}
    seen = _backward_seen(net, {"data": (2, 4)}, reqs)
    np.testing.assert_array_equal(seen["fc1_backward_output0"], np.ones((2, 4), np.float32))   # (as MXNet shows)
