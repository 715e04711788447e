"""Float16 Dense and Conv layers trained on the CPU, as MXNet's CPU build runs them: the forward kernel fails,
the loss's backward reads the failed output, so the gradients and the weights a Trainer step updates from
them share the forward's error: raised once, by the first read of any of them (or by waitall)."""
import pytest

import distnet as mx
from distnet import autograd, gluon, nd
from distnet.base import MXNetError, message_of
from distnet.gluon import nn

FC = "float16 fully connected layer is currentlyonly supported by CuDNN version."
GEMM = "FP16 gemm on cpu not implemented!"
LAYERS = [(lambda: nn.Dense(3, in_units=4), (2, 4), (2, 3), FC),
          (lambda: nn.Conv2D(2, 3, in_channels=2), (1, 2, 4, 4), (1, 2, 2, 2), GEMM)]


def first_line(call):
    with pytest.raises(MXNetError) as info:
        call()
    return message_of(info.value).splitlines()[0]


def step(net, trainer, shape, out_shape):
    with autograd.record():
        loss = gluon.loss.L2Loss()(net(nd.ones(shape, dtype="float16")), nd.zeros(out_shape, dtype="float16"))
    loss.backward()             # the backward completes: the error is kept, not raised
    trainer.step(1)
    return loss


@pytest.mark.parametrize("make, shape, out_shape, words", LAYERS)
def test_the_forwards_error_is_raised_once_whichever_array_is_read_first(make, shape, out_shape, words):
    net = make()
    net.initialize(mx.init.Constant(0.5))
    net.cast("float16")
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1, "multi_precision": True})
    loss = step(net, trainer, shape, out_shape)
    assert first_line(loss.asnumpy) == words
    nd.waitall()            # the weights shared it: nothing left
    step(net, trainer, shape, out_shape)
    assert first_line(net.weight.data().asnumpy) == words
    nd.waitall()
