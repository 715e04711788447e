"""An mx.np array's .grad is a new array on each read, over the one gradient buffer (as MXNet's handles)."""
import distnet as mx
from distnet import autograd, np


def test_each_read_is_a_new_array_over_the_same_buffer():
    x = np.array([1., 2.])
    x.attach_grad()
    first, second = x.grad, x.grad
    assert first is not second and type(first) is np.ndarray
    with autograd.record():
        y = (x * x).sum()
    y.backward()
    assert first.asnumpy().tolist() == [2.0, 4.0]      # backward wrote the buffer the early read sees
    first[:] = 7
    assert x.grad.asnumpy().tolist() == [7.0, 7.0]


def test_legacy_arrays_keep_their_own_rule():
    x = mx.nd.array([1., 2.])
    x.attach_grad()
    assert x.grad is not x.grad and type(x.grad) is mx.nd.NDArray
