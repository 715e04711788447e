"""Executor.get_optimized_symbol merges common subexpressions as MXNet 1.9.1 does (names measured on MXNet)."""
import numpy as np

import distnet as mx


def _optimized(sym, **shapes):
    return sym.simple_bind(mx.cpu(), **shapes).get_optimized_symbol()


def test_duplicate_computations_are_merged_and_repeated_outputs_copied(monkeypatch):
    monkeypatch.delenv("MXNET_ELIMINATE_COMMON_EXPR", raising=False)
    with mx.name.NameManager():
        a, b = mx.sym.var('a'), mx.sym.var('b')
        d = a + 1
        twice = mx.sym.Group([a * d, a * d])
    opt = _optimized(twice, a=(2, 2))
    assert opt.get_internals().list_outputs() == ['a', '_plusscalar0_output', '_mul0_output', '_mul0_0_copy_output']
    assert opt.list_outputs() == ['_mul0_output', '_mul0_0_copy_output']
    with mx.name.NameManager():
        a, b = mx.sym.var('a'), mx.sym.var('b')
        square = (a + b) * (a + b)
    assert _optimized(square, a=(2,), b=(2,)).get_internals().list_outputs() == ['a', 'b', '_plus0_output',
                                                                                   '_mul0_output']
    summed = mx.sym.sum(a) + mx.sym.sum(a)
    assert len(_optimized(summed, a=(2,)).get_internals().list_outputs()) == 3
    # random draws are never merged; variables repeated as outputs stay as they are
    dropped = mx.sym.Dropout(a) + mx.sym.Dropout(a)
    assert len(_optimized(dropped, a=(2,)).get_internals()) == len(dropped.get_internals())
    assert _optimized(mx.sym.Group([a, a]), a=(2,)).list_outputs() == ['a', 'a']


def test_merging_is_off_when_the_environment_says_so(monkeypatch):
    a, b = mx.sym.var('a'), mx.sym.var('b')
    square = (a + b) * (a + b)
    monkeypatch.setenv("MXNET_ELIMINATE_COMMON_EXPR", "0")
    exe = square.simple_bind(mx.cpu(), a=(2,), b=(2,))
    monkeypatch.setenv("MXNET_ELIMINATE_COMMON_EXPR", "1")      # read when bound
    assert len(exe.get_optimized_symbol().get_internals()) == 5
    out = exe.forward(a=mx.nd.array([1, 2]), b=mx.nd.array([3, 4]))[0]
    np.testing.assert_array_equal(out.asnumpy(), [16, 36])
