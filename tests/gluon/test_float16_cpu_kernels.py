"""Float16 Dense and Conv layers on the CPU, as MXNet's CPU build runs them: the forward kernel fails (the error
shows when its result is read), and the backward kernel, which reads no output of the forward, fails on its
own: its error stays with the gradients and with the weights a Trainer step updates from them."""
import pytest

import distnet as mx
from distnet import autograd, gluon, nd
from distnet.base import MXNetError
from distnet.gluon import nn

FC = "float16 fully connected layer is currentlyonly supported by CuDNN version."
GEMM = "FP16 gemm on cpu not implemented!"


def first_line(call):
    with pytest.raises(MXNetError) as info:
        call()
    return str(info.value).splitlines()[0]


@pytest.mark.parametrize("make, shape, words", [
    (lambda: nn.Dense(3, in_units=4), (2, 4), FC),
    (lambda: nn.Conv2D(2, 3, in_channels=2), (1, 2, 4, 4), GEMM),
])
def test_a_step_on_float16_gradients_leaves_the_backward_kernels_error_with_the_weights(make, shape, words):
    net = make()
    net.initialize(mx.init.Constant(0.5))
    net.cast("float16")
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1})
    with autograd.record():
        loss = net(nd.ones(shape, dtype="float16")).sum()
    loss.backward()             # the backward completes: its kernel's error is kept, not raised
    trainer.step(1)
    assert first_line(loss.asnumpy) == words         # the forward's error
    assert first_line(net.weight.data().asnumpy) == words     # the backward's, carried by the update
    nd.waitall()        # both raised: nothing left


@pytest.mark.parametrize("make, shape, words", [
    (lambda: nn.Dense(3, in_units=4), (2, 4), FC),
    (lambda: nn.Conv2D(2, 3, in_channels=2), (1, 2, 4, 4), GEMM),
])
def test_the_backward_kernels_error_is_another_one_than_the_forwards(make, shape, words):
    net = make()
    net.initialize(mx.init.Constant(0.5))
    net.cast("float16")
    with autograd.record():
        loss = net(nd.ones(shape, dtype="float16")).sum()
    loss.backward()
    assert first_line(loss.asnumpy) == words
    assert first_line(nd.waitall) == words       # the gradients' error, still outstanding
    nd.waitall()
