"""A projected LSTM refuses training as MXNet 1.9.1's CPU kernel does: on reading its result (legacy and mx.np)."""
import pytest

import distnet as mx
from distnet import autograd, nd
from distnet.gluon import rnn


def _layer():
    layer = rnn.LSTM(3, projection_size=2, input_size=3)
    layer.initialize()
    return layer


def test_legacy_result_raises_when_read():
    layer = _layer()
    with autograd.record():
        y = layer(nd.ones((4, 2, 3)))
    assert y.shape == (4, 2, 2)
    with pytest.raises(mx.base.MXNetError, match="No training support for LSTM with projection"):
        y.asnumpy()


def test_numpy_semantics_result_raises_when_read():
    with mx.util.np_shape(True), mx.util.np_array(True):     # array semantics off first, as MXNet requires
        layer = _layer()
        with autograd.record():
            y = layer(mx.np.ones((4, 2, 3)))
        assert y.shape == (4, 2, 2)
        with pytest.raises(mx.base.MXNetError, match="No training support"):
            y.asnumpy()


def test_inference_is_allowed():
    out = _layer()(nd.ones((4, 2, 3)))
    assert out.shape == (4, 2, 2)


def test_refused_training_leaves_zero_gradients():
    layer = _layer()
    x = nd.ones((4, 2, 3))
    x.attach_grad()
    with autograd.record():
        y = layer(x)
    y.backward()
    with pytest.raises(mx.base.MXNetError, match="No training support"):
        y.asnumpy()
    assert not x.grad.asnumpy().any()        # the refused kernel computed nothing
    for p in layer.collect_params().values():
        assert not p.grad().asnumpy().any(), p.name
