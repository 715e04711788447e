"""Gradients through ops whose forward kernel failed, and ops MXNet registers no gradient for."""
import pytest

from distnet import autograd, nd
from distnet.base import MXNetError, message_of


def test_take_raise_backward_runs_and_the_forward_keeps_its_error():
    x = nd.ones((3, 2))
    x.attach_grad()
    with autograd.record():
        y = nd.take(x, nd.array([-1, 5, 1]), mode="raise")
    y.backward(nd.ones((3, 2)))         # the backward reads no output: it runs, wrapping the indices
    assert x.grad.asnumpy().tolist() == [[0.0, 0.0], [1.0, 1.0], [2.0, 2.0]]
    with pytest.raises(MXNetError, match="Check failed: is_valid: take operator contains indices out of bound$"):
        y.asnumpy()                     # (the forward's error)


def test_histogram_has_no_gradient():
    x = nd.array([0.5, 1.5, 2.5])
    x.attach_grad()
    with autograd.record():
        counts, _ = nd.histogram(x, bins=3, range=(0, 3))
    with pytest.raises(MXNetError, match="Operator _histogram is non-differentiable because it didn't register "
                                         "FGradient attribute.$"):
        counts.backward()


def test_interleaved_attention_float64_gradient_fails_when_read():
    qkv = nd.ones((2, 1, 6), dtype="float64")
    qkv.attach_grad()
    with autograd.record():
        y = nd.contrib.interleaved_matmul_selfatt_qk(qkv, heads=1)
    y.backward()
    with pytest.raises(MXNetError, match=r"\(1 vs. 0\) : Only FP32 is supported on CPU at the moment$"):
        qkv.grad.asnumpy()


@pytest.mark.parametrize("dtype,words", [("float16", "Not implmented!$"),
                                         ("int32", "This operation only support floating point types, not int32$"),
                                         ("uint8", "This operation only support floating point types not uint8$")])
def test_dot_backward_kernel_fails_on_its_own_and_the_forward_keeps_its_error(dtype, words):
    a, b = nd.ones((2, 3), dtype=dtype), nd.ones((3, 4), dtype=dtype)
    a.attach_grad()
    b.attach_grad()
    with autograd.record():
        y = nd.dot(a, b)
    y.backward(nd.ones((2, 4), dtype=dtype))
    with pytest.raises(MXNetError, match=words):
        a.grad.asnumpy()
    with pytest.raises(MXNetError, match="dot only supports float32/float64 for CPU"):
        nd.waitall()
    nd.waitall()                        # each raised once


def test_attention_backward_failure_is_its_own():
    q = nd.ones((2, 1, 6), dtype="float16")
    q.attach_grad()
    with autograd.record():
        y = nd.contrib.interleaved_matmul_selfatt_qk(q, heads=1)
    y.backward(nd.ones(y.shape, dtype="float16"))
    with pytest.raises(MXNetError, match=r"\(2 vs. 0\) : Only FP32 is supported"):
        q.grad.asnumpy()                # the backward's failure
    with pytest.raises(MXNetError, match=r"\(2 vs. 0\) : Only FP32 is supported"):
        nd.waitall()                    # the forward's, still outstanding
    nd.waitall()


def _bool_variable_through(fn):
    """(gradient read error or values, waitall error or None) of ``fn`` on a bool variable."""
    x = nd.array([[1, 0, 1]], dtype="bool")
    x.attach_grad()
    with autograd.record():
        y = fn(x)
    y.backward(nd.ones(y.shape, dtype=y.dtype))
    found = []
    for read in (lambda: x.grad.asnumpy().tolist(), nd.waitall):
        try:
            found.append(read())
        except MXNetError as e:
            found.append(message_of(e).splitlines()[0])
    return found


@pytest.mark.parametrize("name", ["sin", "log", "abs", "square", "erf", "reciprocal"])
def test_bool_input_of_a_backward_reading_the_input_fails_on_its_own(name):
    assert _bool_variable_through(getattr(nd, name)) == [f"Operator _backward_{name} does not support boolean type",
                                                         "Unknown type enum 7"]


@pytest.mark.parametrize("name", ["exp", "sqrt", "tanh", "relu"])
def test_bool_input_of_a_backward_reading_the_output_carries_the_forward_error(name):
    assert _bool_variable_through(getattr(nd, name)) == ["Unknown type enum 7", None]


def test_bool_input_of_a_rounding_op_gets_its_zero_gradient():
    assert _bool_variable_through(nd.floor) == [[[False, False, False]], "Unknown type enum 7"]


def test_bool_reduction_gradient_words():
    assert _bool_variable_through(lambda x: nd.max(x))[0] == "Unknown type enum 7"


def test_softmax_activation_backward_of_1d_data_fails_when_read():
    x = nd.ones((4,))
    x.attach_grad()
    with autograd.record():
        y = nd.SoftmaxActivation(x)
    y.backward()                        # the backward call itself raises nothing
    with pytest.raises(MXNetError, match=r"Check failed: i >= 0 && i < ndim\(\): index = 1 must be in range \[0, 1\)"):
        x.grad.asnumpy()
    nd.waitall()
