"""Gradients of the samplers of mx.np.random and npx.random, as MXNet 1.9.1 records them."""
import numpy as onp
import pytest

import distnet as mx
from distnet import np, npx
from distnet.base import MXNetError


pytestmark = pytest.mark.usefixtures("np_semantics")


def test_normal_n_is_reparameterized():
    loc, scale = np.array([0.5, -1.0]), np.array([1.5, 2.0])
    loc.attach_grad()
    scale.attach_grad()
    with mx.autograd.record():
        y = npx.random.normal_n(loc, scale, batch_shape=(3,))
    y.backward()
    assert loc.grad.asnumpy().tolist() == [3.0, 3.0]        # one per batch row
    noise = ((y.asnumpy() - loc.asnumpy()) / scale.asnumpy()).sum(axis=0)
    assert onp.allclose(scale.grad.asnumpy(), noise, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("draw", [
    lambda p: np.random.multinomial(3, p), lambda p: np.random.choice(3, size=2, p=p),
    lambda p: npx.random.bernoulli(prob=p, size=(3,)), lambda p: npx.random.uniform_n(p, 2.0, batch_shape=(2,))])
def test_discrete_samplers_are_recorded_with_a_zero_gradient(draw):
    p = np.array([0.2, 0.3, 0.5])
    p.attach_grad()
    with mx.autograd.record():
        y = draw(p)
    y.backward()
    assert p.grad.asnumpy().tolist() == [0.0, 0.0, 0.0]


@pytest.mark.parametrize("dtype, c_type", [("float64", "double"), ("float16", "half")])
def test_a_non_float32_parameter_fails_when_its_gradient_is_read(dtype, c_type):
    loc = np.array([0.5, 1.0], dtype=dtype)
    loc.attach_grad()
    with mx.autograd.record():
        y = np.random.normal(loc, 1.0, size=(2,))
    y.backward()        # (the backward kernel's check: raised by the read)
    with pytest.raises(MXNetError, match=f"data type do not match specified type.Expected: float v.s. given {c_type}$"):
        loc.grad.asnumpy()


def test_shuffle_refuses_an_array_of_the_graph_while_recording():
    x = np.arange(5.)
    x.attach_grad()
    with pytest.raises(MXNetError, match="Assigning to NDArrays that are already in a computational graph"):
        with mx.autograd.record():
            np.random.shuffle(x)
    y = np.arange(5.)       # outside the graph: shuffled as usual
    with mx.autograd.record():
        np.random.shuffle(y)
    assert sorted(y.asnumpy().tolist()) == [0., 1., 2., 3., 4.]


def test_multivariate_normal_fails_in_backward_as_a_custom_operator(capsys):
    mean = np.array([0., 1.])
    mean.attach_grad()
    with mx.autograd.record():
        y = np.random.multivariate_normal(mean, np.eye(2))
    y.backward()
    assert "Operator random.multivariate_normal does not support gradient computation" in capsys.readouterr().out
    with pytest.raises(MXNetError, match=r"CustomOpFBFunc>\(params.info->callbacks\[kCustomOpBackward\]\)"):
        mean.grad.asnumpy()
