"""mx.contrib.autograd: MXNet's legacy autograd API over the same tape as mx.autograd."""
import numpy as np
import pytest

import distnet as mx
from distnet.contrib import autograd as ag
from distnet.test_utils import check_numeric_gradient


def _state():
    return mx.autograd.is_training(), mx.autograd.is_recording()


def test_set_is_training_switches_both_and_returns_previous_recording():
    assert ag.set_is_training(True) is False and _state() == (True, True)
    assert ag.set_is_training(False) is True and _state() == (False, False)
    with mx.autograd.train_mode():             # training on, recording off: the recording state is returned
        assert ag.set_is_training(False) is False


def test_sections_nest_and_restore():
    with ag.train_section():
        assert _state() == (True, True)
        with ag.test_section():
            assert _state() == (False, False)
        assert _state() == (True, True)
    assert _state() == (False, False)


def test_mark_variables_backward_and_head_gradients():
    x = mx.nd.array([[1.0, 2.0], [3.0, 4.0]])
    g = mx.nd.zeros_like(x)
    ag.mark_variables([x], [g])
    with ag.train_section():
        y = (x * x).sum()
    ag.backward([y])
    assert g.asnumpy().tolist() == [[2.0, 4.0], [6.0, 8.0]]
    assert x.grad is not g      # as MXNet: a new NDArray on each read, over the marked buffer
    g[0, 0] = 5
    assert x.grad.asnumpy()[0, 0] == 5
    with ag.train_section():
        y = x * 3
    ag.backward([y], [mx.nd.ones((2, 2)) * 2])
    assert g.asnumpy().tolist() == [[6.0] * 2] * 2
    with pytest.raises(AssertionError, match="list or tuple"):
        ag.backward(y)


def test_mark_variables_per_variable_requests():
    a, b = mx.nd.array([1.0, 2.0]), mx.nd.array([3.0, 4.0])
    ga, gb = mx.nd.zeros(2), mx.nd.ones(2)
    ag.mark_variables([a, b], [ga, gb], ["write", "add"])
    with ag.train_section():
        z = a * b
    ag.compute_gradient([z])
    assert ga.asnumpy().tolist() == [3.0, 4.0] and gb.asnumpy().tolist() == [2.0, 3.0]
    with pytest.raises(KeyError):
        ag.mark_variables([a], [ga], "bogus")


def test_grad_and_loss_against_finite_differences():
    def f(a, b):
        return a * b + a.exp()

    a, b = mx.nd.array([0.5, -1.0]), mx.nd.array([3.0, 5.0])
    grads, loss = ag.grad_and_loss(f)(a, b)
    assert np.allclose(loss.asnumpy(), (a * b + a.exp()).asnumpy())
    np.testing.assert_allclose(grads[0].asnumpy(), b.asnumpy() + np.exp(a.asnumpy()), rtol=1e-6)
    np.testing.assert_allclose(grads[1].asnumpy(), a.asnumpy(), rtol=1e-6)
    va = mx.sym.var("a")       # one variable used twice (two variables named "a" would be two arguments)
    sym = va * mx.sym.var("b") + mx.sym.exp(va)
    check_numeric_gradient(sym, {"a": a.asnumpy(), "b": b.asnumpy()})
    assert ag.grad_and_loss(f).__name__ == "f"


def test_grad_with_argnum():
    def f(a, b):
        return a * b + a

    a, b = mx.nd.array([1.0, 2.0]), mx.nd.array([3.0, 5.0])
    assert ag.grad(f, argnum=1)(a, b)[0].asnumpy().tolist() == [1.0, 2.0]
    assert ag.grad(f, argnum=[0])(a, b)[0].asnumpy().tolist() == [4.0, 6.0]
    with pytest.raises(AssertionError, match="NDArray"):
        ag.grad(f)(a, 2.0)
