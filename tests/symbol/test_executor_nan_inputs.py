"""A loss output needs no head gradient even when NaN inputs (weights an optimizer blew up) make its gradient NaN."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError


def _bind_nan_weights(out):
    ex = out.simple_bind(mx.cpu(), x=(2, 3))
    ex.arg_dict['x'][:] = 1
    ex.arg_dict['fc_weight'][:] = np.nan
    ex.forward(is_train=True)
    return ex


@pytest.mark.parametrize("loss", ["LinearRegressionOutput", "SoftmaxOutput", "group"])
def test_loss_backward_with_nan_weights_gives_nan_gradients(loss):
    with mx.name.NameManager():
        fc = mx.sym.FullyConnected(mx.sym.var('x'), num_hidden=2, name='fc')
        if loss == "group":
            out = mx.sym.Group([mx.sym.LinearRegressionOutput(fc, name='lr'), mx.sym.BlockGrad(fc)])
        else:
            out = getattr(mx.sym, loss)(fc, name='out')
    ex = _bind_nan_weights(out)
    ex.backward()            # MXNet 1.9.1: runs, every gradient NaN
    assert np.isnan(ex.grad_dict['fc_weight'].asnumpy()).all()
    assert np.isnan(ex.grad_dict['fc_bias'].asnumpy()).all()


def test_plain_output_with_nan_weights_still_needs_head_gradient():
    with mx.name.NameManager():
        fc = mx.sym.FullyConnected(mx.sym.var('x'), num_hidden=2, name='fc')
    ex = _bind_nan_weights(fc)
    with pytest.raises(MXNetError):
        ex.backward()
