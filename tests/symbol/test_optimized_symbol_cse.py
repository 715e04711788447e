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


def test_the_backward_runs_on_the_merged_graph(monkeypatch):
    # the two tanh nodes are one: their output gradients are summed before one tanh backward (MXNet 1.9.1's
    # numbers; the unmerged graph rounds the second and fifth entries differently)
    monkeypatch.delenv("MXNET_ELIMINATE_COMMON_EXPR", raising=False)
    x = mx.sym.var('x')
    exe = (mx.sym.tanh(x) + (1 - mx.sym.tanh(x) ** 2)).simple_bind(mx.cpu(), x=(7,))
    exe.arg_dict['x'][:] = mx.nd.array(np.linspace(-1.3, 1.7, 7))
    exe.forward(is_train=True)
    exe.backward(mx.nd.ones((7,)) * 0.37)
    assert exe.grad_dict['x'].asnumpy().tolist() == [
        0.2594090700149536, 0.481563001871109, 0.5358779430389404, 0.21521814167499542,
        -0.04902229085564613, -0.07531076669692993, -0.04027853161096573]
