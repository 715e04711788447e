"""Symbolic samplers without a sample shape: legacy shape semantics read it as unknown, filled in from the graph
around the sampler or refused when the graph is bound (behaviour recorded from MXNet 1.9.1)."""
import warnings

import pytest

import distnet as mx
from distnet.base import MXNetError


def test_an_explicit_none_shape_is_kept_as_an_attribute():
    assert mx.sym.random.uniform(shape=None).list_attr() == {"high": "1", "low": "0", "shape": "None"}
    assert "shape" not in mx.sym.random.uniform().list_attr()


def test_randint_reads_a_none_dtype_with_numpy():
    with pytest.raises(MXNetError, match="Invalid Input: 'float64'"):
        mx.sym.random.randint(0, 5, dtype=None)


@pytest.mark.parametrize("make", [lambda: mx.sym.random.uniform(), lambda: mx.sym.random.normal(shape=None),
                                  lambda: mx.sym.random.randint(0, 3), lambda: mx.sym.random.poisson(3) * 2])
def test_a_sampler_without_shape_leaves_inference_undecided(make):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert make().infer_shape() == (None, None, None)
    assert make().infer_shape_partial() == ([], [()], [])


def test_the_graph_around_a_sampler_gives_its_shape():
    y = mx.sym.random.uniform(low=2, high=3) + mx.sym.var("x")
    assert y.infer_shape(x=(2,)) == ([(2,)], [(2,)], [])
    out = y.eval(x=mx.nd.zeros(2))[0].asnumpy()
    assert out.shape == (2,) and ((out >= 2) & (out < 3)).all()


def test_running_a_sampler_of_unknown_shape_is_refused():
    node = mx.sym.random.exponential(name="e")
    with pytest.raises(MXNetError, match=r"Error in operator e: \[\d\d:\d\d:\d\d\] ../src/executor/graph_executor.cc:1502: "
                                         "Check failed: success: InferShape failed in operator e"):
        node.eval()
    executor = node.bind(mx.cpu(), {})
    with pytest.raises(MXNetError, match="InferShape failed in operator e"):
        executor.forward()
    with pytest.raises(MXNetError, match="Cannot find attribute shape in the graph"):
        executor.forward()


def test_zeros_of_empty_shape_is_unknown_under_legacy_semantics():
    with pytest.raises(MXNetError, match="InferShape failed in operator z"):
        mx.sym.zeros((), name="z").eval()
