"""Executor.debug_str of training executors: MXNet's backward nodes and memory line (measured on MXNet 1.9.1)."""
import re

import distnet as mx

S = mx.sym


def _megabytes(sym, **kwargs):
    text = sym.simple_bind(mx.cpu(), **kwargs).debug_str()
    return int(re.search(r"Total (\d+) MB allocated", text).group(1))


def _products(n):
    z = S.Variable("data")
    for _ in range(n):
        z = z * z
    return z


def test_zero_gradients_need_no_backward_memory():
    # MXNet 1.9.1: 37 MB with gradients, 15 MB without, 15 MB when the gradient is stopped (test_zero_prop)
    shape = (10, 3, 256, 256)
    z = _products(3)
    assert _megabytes(z, data=shape) == 37
    assert _megabytes(z, data=shape, grad_req="null") == 15
    assert _megabytes(S.stop_gradient(z), data=shape) == 15


def test_mlp_lists_backward_nodes_with_their_reads():
    with mx.name.NameManager():
        fc = S.FullyConnected(S.Variable("data"), num_hidden=8, name="fc1")
        net = S.SoftmaxOutput(S.Activation(fc, act_type="relu", name="relu1"), name="softmax")
        text = net.simple_bind(mx.cpu(), data=(5, 10)).debug_str()
    assert text.startswith("Symbol Outputs:\n\toutput[0]=softmax(0)\n\toutput[1]=fc1_backward(0)\n"
                           "\toutput[2]=fc1_backward(1)\n\toutput[3]=fc1_backward(2)\n"
                           "\toutput[4]=softmax_backward(1)\nVariable:data\n")
    assert ("Op:_backward_Activation, Name=relu1_backward\nInputs:\n\targ[0]=softmax_backward(0)\n"
            "\targ[1]=relu1(0)\nAttrs:\n\tact_type=relu\nControl deps:\n\tcdep[0]=relu1\n") in text
    assert "_head_grad_0" not in text          # SoftmaxOutput's backward reads no head gradient


def test_null_requests_drop_their_gradients():
    with mx.name.NameManager():
        x, y = S.Variable("x"), S.Variable("y")
        exe = S.elemwise_mul(x, y, name="m").simple_bind(mx.cpu(), x=(2,), y=(2,), grad_req={"x": "write"})
    head = exe.debug_str().split("Variable:")[0]
    assert head == "Symbol Outputs:\n\toutput[0]=m(0)\n\toutput[1]=m_backward(0)\n"


def test_shared_gradient_is_copied_per_argument():
    with mx.name.NameManager():
        x, w = S.Variable("x"), S.Variable("w")
        text = S.elemwise_add(x, w).simple_bind(mx.cpu(), x=(2,), w=(2,)).debug_str()
    assert "\toutput[1]=_head_grad_0_id(0)\n\toutput[2]=_head_grad_0_id_1_copy(0)\n" in text
