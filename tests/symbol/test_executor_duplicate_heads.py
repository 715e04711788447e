"""An output listed twice in a Group takes the head gradient of its last listing, as MXNet's executor."""
import numpy as np

import distnet as mx
from distnet import nd


def _input_grad(outputs, head_scales):
    x = nd.array([0.5, -1.0])
    grad = nd.zeros((2,))
    ex = mx.sym.Group(outputs).bind(mx.cpu(), {"x": x}, args_grad={"x": grad})
    ex.forward(is_train=True)
    ex.backward([nd.ones((2,)) * s for s in head_scales])
    return grad.asnumpy()


def test_repeated_output_uses_the_last_head_gradient():
    x = mx.sym.var("x")
    y = x * 2
    np.testing.assert_allclose(_input_grad([y, y], [1, 10]), [20, 20])
    np.testing.assert_allclose(_input_grad([y, y, y], [1, 10, 100]), [200, 200])


def test_other_outputs_still_add_their_gradients():
    x = mx.sym.var("x")
    y, z = x * 2, mx.sym.sin(x)
    cos = np.cos(np.array([0.5, -1.0], dtype=np.float32))
    np.testing.assert_allclose(_input_grad([y, z, y], [1, 10, 100]), 200 + 10 * cos, rtol=1e-6)
    # two equal expressions are two outputs: both gradients count
    np.testing.assert_allclose(_input_grad([x * 2, x * 2], [1, 10]), [22, 22])


def test_legacy_cell_unroll_with_its_last_state_as_an_output():
    cell = mx.rnn.RNNCell(2, prefix="r_")
    outputs, states = cell.unroll(2, mx.sym.var("data"), layout="TNC", merge_outputs=False)
    group = mx.sym.Group(outputs + states)          # the last output and the state are one entry
    assert group.list_outputs()[-1] == group.list_outputs()[-2]
    ex = group.simple_bind(mx.cpu(), data=(2, 1, 1))
    for name, arr in ex.arg_dict.items():
        arr[:] = 0.5 if name != "data" else 1.0
    ex.forward(is_train=True)
    ex.backward([nd.ones((1, 2)) * s for s in (1, 10, 100)])
    # weights and biases 0.5, two units: h0 = tanh(1.5), h1 = tanh(1.5 + h0); h1's gradient is 100 (not 110)
    h0 = np.tanh(1.5)
    h1 = np.tanh(1.5 + h0)
    dh1 = 100
    grad = ex.grad_dict["data"].asnumpy()
    np.testing.assert_allclose(grad[1, 0, 0], dh1 * (1 - h1 ** 2), rtol=1e-5)
    np.testing.assert_allclose(grad[0, 0, 0], (1 - h0 ** 2) * (1 + dh1 * (1 - h1 ** 2)), rtol=1e-5)
