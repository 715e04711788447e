"""simple_bind's type_dict/stype_dict readings, reshape's unknown shapes and monitor callbacks that raise."""
import sys

import numpy as np
import pytest

import distnet as mx
from distnet import sym
from distnet.base import MXNetError, message_of


def _fc():
    return sym.FullyConnected(sym.Variable("x"), num_hidden=3, name="fc")


def test_a_none_dtype_is_numpys_float64():
    ex = _fc().simple_bind(mx.cpu(), type_dict={"x": None}, x=(2, 4))
    assert [a.dtype for a in ex.arg_arrays] == [np.float64] * 3


def test_an_unknown_dtype_name_is_numpys_type_error():
    with pytest.raises(TypeError, match="data type 'foo' not understood"):
        _fc().simple_bind(mx.cpu(), type_dict={"x": "foo"}, x=(2, 4))


def test_an_unknown_storage_name_passes_as_not_given():
    net = sym.reshape(sym.Variable("x"), shape=(-1,))
    ex = net.simple_bind(mx.cpu(), stype_dict={"x": "foo"}, x=(2, 3))
    assert [a.stype for a in ex.arg_arrays] == ["default"]
    x, w = sym.Variable("x"), sym.Variable("w")
    with pytest.raises(RuntimeError, match="x: unknown, w: unknown,"):      # x left to inference, as unnamed
        (x * w).simple_bind(mx.cpu(), stype_dict={"x": "foo"}, x=(2, 3), w=(2, 3))


def test_reshape_without_shapes_for_an_input_is_an_unknown_shape():
    ex = _fc().simple_bind(mx.cpu(), x=(2, 4))
    with pytest.raises(MXNetError, match=r"Check failed: ndim_is_known\(this->ndim\(\)\): Shape is unknown\."):
        ex.reshape(partial_shaping=True)


def test_a_raising_monitor_callback_stops_nothing(monkeypatch):
    reported = []
    monkeypatch.setattr(sys, "unraisablehook", lambda args: reported.append((args.err_msg, repr(args.exc_value))))
    x = sym.Variable("x")
    ex = (x * 2).simple_bind(mx.cpu(), x=(2,))
    ex.arg_dict["x"][:] = 1.5
    seen = []

    def callback(name, array):
        seen.append(name)
        raise ValueError("boom")
    ex.set_monitor_callback(callback)
    assert ex.forward()[0].asnumpy().tolist() == [3.0, 3.0]
    assert len(seen) == 1 and seen[0].startswith(b"_mulscalar")
    ex.set_monitor_callback(3)          # not callable: reported each time, as MXNet's engine does
    assert ex.forward()[0].asnumpy().tolist() == [3.0, 3.0]
    assert reported == [("Exception ignored on calling ctypes callback function", "ValueError('boom')"),
                        ("Exception ignored on calling ctypes callback function",
                         "TypeError(\"'int' object is not callable\")")]


def test_bind_reads_grad_req_before_checking_contexts():
    x, w = sym.Variable("x"), sym.Variable("w")
    args = [mx.nd.ones((2,)), mx.nd.ones((2,))]
    with pytest.raises(ValueError, match="grad_req must be in"):
        (x * w).bind(mx.cpu(1), args, grad_req="bogus")
    with pytest.raises(KeyError):
        (x * w).bind(mx.cpu(1), args, grad_req=["bogus", "write"])


@pytest.mark.parametrize("grad_dtype, words", [("float64", "Expected: float v.s. given double"),
                                               ("float16", "Expected: float v.s. given half")])
def test_a_gradient_array_of_another_dtype_is_refused_in_mxnets_words(grad_dtype, words):
    x, w = sym.Variable("x"), sym.Variable("w")
    grads = [mx.nd.zeros((2,), dtype=grad_dtype), mx.nd.zeros((2,), dtype=grad_dtype)]
    ex = (x * w).bind(mx.cpu(), [mx.nd.ones((2,)), mx.nd.ones((2,))], args_grad=grads)
    ex.forward(is_train=True)
    with pytest.raises(MXNetError, match="TBlob.get_with_shape: data type do not match specified type." + words):
        ex.backward(mx.nd.ones((2,)))


@pytest.mark.parametrize("make, words", [
    (lambda x: sym.MakeLoss(x), "This operation only support floating point types, not int32"),
    (lambda x: sym.Dropout(x, p=0.5), "This operation only support floating point types, not int32"),
    (lambda x: sym.GridGenerator(x, transform_type="affine", target_shape=(2, 2)), "Other DTypes are not supported!")])
def test_a_kernel_without_the_dtype_refuses_the_bind_without_naming_the_node(make, words):
    net = make(sym.Variable("x"))
    shape = (1, 6) if "Other" in words else (2, 3)
    with pytest.raises(MXNetError) as info:
        net.bind(mx.cpu(), {"x": mx.nd.ones(shape, dtype="int32")})
    assert message_of(info.value) == words
