"""An operator's outputs never share memory with its inputs (as in MXNet 1.9.1, where writing to
nd.reshape(x)'s or x.flatten()'s result leaves x alone, and writing to x leaves them alone)."""
import numpy as np
import pytest

import distnet as mx

nd = mx.nd

CALLS = {
    "reshape": lambda x: nd.reshape(x, shape=(4, 6)),
    "Flatten": lambda x: nd.Flatten(x),
    "flatten method": lambda x: x.flatten(),
    "expand_dims method": lambda x: x.expand_dims(0),
    "transpose": lambda x: nd.transpose(x),
    "T": lambda x: x.T,
    "squeeze": lambda x: nd.squeeze(x.reshape((1, 24))),
    "swapaxes": lambda x: nd.swapaxes(x, 0, 1),
    "split": lambda x: nd.split(x, num_outputs=2, axis=0)[1],
    "slice": lambda x: nd.slice(x, begin=(0, 0, 0), end=(1, 2, 3)),
    "slice_axis": lambda x: nd.slice_axis(x, axis=0, begin=0, end=1),
    "BlockGrad": lambda x: nd.BlockGrad(x),
    "stop_gradient": lambda x: nd.stop_gradient(x),
    "reshape_like": lambda x: nd.reshape_like(x, nd.zeros((4, 6))),
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_writing_either_side_leaves_the_other_alone(name):
    x = nd.arange(24).reshape((2, 3, 4))
    y = CALLS[name](x)
    before = y.asnumpy().copy()
    x[:] = -7
    np.testing.assert_array_equal(y.asnumpy(), before)
    y[:] = 5
    assert (x.asnumpy() == -7).all()


def test_reshape_method_stays_a_view():
    x = nd.arange(6)
    y = x.reshape((2, 3))
    x[:] = 1
    assert (y.asnumpy() == 1).all()


def test_flatten_inplace_doc_example():
    x = nd.arange(30).reshape(5, 2, 3)
    y = x.flatten(inplace=True)
    z = x.flatten()
    y[:] = -1
    assert y.shape == (5, 6)
    assert (x[0].asnumpy() == -1).all()
    np.testing.assert_array_equal(z[0].asnumpy(), np.arange(6, dtype=np.float32))
