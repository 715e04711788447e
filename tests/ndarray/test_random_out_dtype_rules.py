"""Samplers' dtype attribute and out= as MXNet's parameter parser and type inference treat them (values and
messages measured from MXNet 1.9.1)."""
import numpy as np
import pytest

import distnet as mx
from distnet import nd
from distnet.base import MXNetError

A, B = nd.array([1, 2]), nd.array([3, 4])


@pytest.mark.parametrize("draw,message", [
    (lambda: nd.random_uniform(shape=2, dtype="int32"),
     "Invalid Input: 'int32', valid values are: {'None', 'float16', 'float32', 'float64'}, in operator _random_uniform"),
    (lambda: nd.sample_normal(A, B, dtype="uint8"),
     "Invalid Input: 'uint8', valid values are: {'None', 'float16', 'float32', 'float64'}, in operator _sample_normal"),
    (lambda: nd.random_randint(low=0, high=5, dtype="float16"),
     "Invalid Input: 'float16', valid values are: {'None', 'int32', 'int64'}, in operator _random_randint"),
    (lambda: nd.random.multinomial(nd.array([0.5, 0.5]), dtype="int64"),
     "Invalid Input: 'int64', valid values are: {'float16', 'float32', 'float64', 'int32', 'uint8'}, in operator "
     "_sample_multinomial"),
    # the parameter is parsed before out= is looked at
    (lambda: nd.random_uniform(shape=2, dtype="int32", out=nd.zeros(2, dtype="float64")), "Invalid Input: 'int32'"),
])
def test_a_dtype_outside_the_operators_list_is_refused_by_its_parser(draw, message):
    with pytest.raises(MXNetError, match="" + message.replace("(", r"\(").replace("{", r"\{")):
        draw()


@pytest.mark.parametrize("draw,message", [
    (lambda: nd.random_uniform(shape=2, dtype="float32", out=nd.zeros(2, dtype="float16")),
     r"Check failed: dtype_out == param.dtype \(2 vs. 0\) : Output type does not match requested type: 2 vs 0"),
    (lambda: nd.random.uniform(shape=2, out=nd.zeros(2, dtype="int32")),
     r"Check failed: dtype_ok: Output type must be float16, float32, float64: dtype is 4 vs 2 or 0 or 1"),
    (lambda: nd.random_randint(low=0, high=5, shape=2, out=nd.zeros(2, dtype="int8")),
     r"Check failed: dtype_ok: Output type must be int32, int64: dtype is 5 vs 4 or 6"),
    (lambda: nd.sample_uniform(A, B, dtype="float16", out=nd.zeros(2, dtype="int32")),
     r"Check failed: dtype == param.dtype \(4 vs. 2\) : Inferred output type does not match requested type: 4 vs 2"),
    (lambda: nd.sample_uniform(A, B, out=nd.zeros(2, dtype="int32")),
     r"Check failed: dtype_ok == true \(0 vs. 1\) : Output type must be float16, float32, or float64: dtype is 4 vs "
     r"2 or 0 or 1"),
    (lambda: nd.random.multinomial(nd.array([0.5, 0.5]), shape=3, out=nd.zeros(3, dtype="float32")),
     "Type inconsistent, Provided = float32, inferred type = int32"),
])
def test_out_of_another_type_is_refused_by_type_inference_before_drawing(draw, message):
    mx.random.seed(3)
    with pytest.raises(MXNetError, match="" + message):
        draw()
    after = nd.random.uniform(shape=2).asnumpy()
    mx.random.seed(3)
    assert np.array_equal(after, nd.random.uniform(shape=2).asnumpy())       # nothing was drawn


@pytest.mark.parametrize("draw,expected", [
    (lambda: nd.sample_uniform(A, B, out=nd.zeros(2, dtype="float64")), [1.8433150404995784, 2.6550542839995543]),
    (lambda: nd.random.uniform(A, B, out=nd.zeros(2, dtype="float64")), [1.8433150404995784, 2.6550542839995543]),
    (lambda: nd.sample_normal(A, B, shape=2, out=nd.zeros((2, 2), dtype="float16")),
     [[-4.3828125, -1.529296875], [0.290283203125, 2.076171875]]),
])
def test_per_element_samplers_draw_in_the_type_of_out(draw, expected):
    mx.random.seed(3)
    out = draw()
    assert out.asnumpy().tolist() == expected


def test_a_sampling_symbol_parses_its_dtype_when_made():
    with pytest.raises(MXNetError, match=r"Invalid Input: 'int32', valid values are: \{'None', 'float16', 'float32', "
                                         r"'float64'\}, in operator _random_uniform"):
        mx.sym.random.uniform(shape=(2,), dtype="int32")
    with pytest.raises(MXNetError, match=r"Invalid Input: 'uint8'.*in operator _sample_normal"):
        mx.sym.random.normal(mx.sym.var("a"), mx.sym.var("b"), dtype="uint8")
    with pytest.raises(AssertionError, match="but got both <class 'mxnet.symbol.symbol.Symbol'> and <class 'int'>"):
        mx.sym.random.uniform(mx.sym.var("a"), 2)
