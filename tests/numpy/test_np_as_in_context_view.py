"""mx.np.ndarray.as_in_context (MXNet's deprecated name) returns a new array object even on the same
context, sharing memory and autograd history; as_in_ctx returns the array itself."""
import warnings

import numpy as onp

import distnet as mx
from distnet import autograd, np, npx


def test_as_in_context_same_context_is_a_new_view():
    npx.set_np()
    try:
        x = np.array([1.0, 2.0, 3.0])
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            y = x.as_in_context(mx.cpu())
        assert any(issubclass(w.category, DeprecationWarning) for w in caught)
        assert y is not x and type(y) is type(x)
        y[0] = 9
        assert x.asnumpy().tolist() == [9.0, 2.0, 3.0]
        assert x.as_in_ctx(mx.cpu()) is x
        assert mx.gluon.utils.split_and_load(x, [mx.cpu()])[0] is not x
    finally:
        npx.reset_np()


def test_as_in_context_view_passes_gradients():
    x = np.array([1.0, 2.0, 3.0])
    x.attach_grad()
    with autograd.record():
        z = (x.as_in_context(mx.cpu()) * 2).sum()
    z.backward()
    onp.testing.assert_array_equal(x.grad.asnumpy(), [2.0, 2.0, 2.0])
