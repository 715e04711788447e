"""Executor.forward reads is_train as MXNet hands it to its C API: an int."""
import pytest

import distnet as mx
from distnet import autograd, nd, sym


def _executor():
    x = sym.Variable("x")
    return (x * 2).simple_bind(mx.cpu(), x=(2,))


def test_a_text_flag_is_refused_before_anything_runs():
    ex = _executor()
    with pytest.raises(ValueError, match="invalid literal for int"):
        ex.forward("yes")
    assert not autograd.is_recording()        # nothing left recording: the bound arrays stay writable
    ex.arg_dict["x"][:] = nd.array([1.0, 2.0])
    assert ex.forward()[0].asnumpy().tolist() == [2.0, 4.0]


@pytest.mark.parametrize("flag", [1, 0, "1", 0.0])
def test_int_like_flags_run(flag):
    ex = _executor()
    ex.arg_dict["x"][:] = 3
    assert ex.forward(flag)[0].asnumpy().tolist() == [6.0, 6.0]
