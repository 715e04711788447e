"""MXNet's graph executor notes every bind on stderr (the subgraph backend in use): simple_bind at line 1991 of
graph_executor.cc, bind (and eval) at 2072, a Module's bind as a simple_bind; a reshape, a refused shape or a
missing argument says nothing; MXNET_SUBGRAPH_BACKEND=NONE notes that no backend is in use."""
import re

import pytest

import distnet as mx

NOTE = r"\[\d\d:\d\d:\d\d\] \.\./src/executor/graph_executor\.cc:{}: Subgraph backend {} is activated\.\n"


def _relu():
    return mx.sym.relu(mx.sym.var("a"))


def _notes(capfd):
    return capfd.readouterr().err


def test_simple_bind_bind_and_eval_each_note_once(capfd):
    s = _relu()
    e = s.simple_bind(mx.cpu(), a=(2, 3))
    assert re.fullmatch(NOTE.format(1991, "MKLDNN"), _notes(capfd))
    s.bind(mx.cpu(), {"a": mx.nd.ones((2, 3))})
    assert re.fullmatch(NOTE.format(2072, "MKLDNN"), _notes(capfd))
    s.eval(a=mx.nd.ones((2, 3)))
    assert re.fullmatch(NOTE.format(2072, "MKLDNN"), _notes(capfd))
    e.reshape(a=(1, 3))
    e.forward()
    assert _notes(capfd) == ""


@pytest.mark.parametrize("shape, error", [((2, "x"), TypeError), ((2, 3.0), TypeError), ((2, -1), OverflowError),
                                          ((2, 2 ** 32), OverflowError)])
def test_a_shape_the_c_api_cannot_take_is_refused_before_the_note(capfd, shape, error):
    with pytest.raises(error):
        _relu().simple_bind(mx.cpu(), a=shape)
    assert _notes(capfd) == ""


def test_a_missing_argument_is_refused_before_the_note(capfd):
    with pytest.raises(ValueError, match="key `a` is missing in `args`"):
        _relu().bind(mx.cpu(), {"b": mx.nd.ones(2)})
    assert _notes(capfd) == ""


def test_a_module_notes_its_binds_but_not_its_reshapes(capfd):
    m = mx.mod.Module(mx.sym.FullyConnected(mx.sym.var("data"), num_hidden=2), label_names=None)
    m.bind(data_shapes=[("data", (2, 3))])
    m.init_params()
    assert re.fullmatch(NOTE.format(1991, "MKLDNN"), _notes(capfd))
    m.forward(mx.io.DataBatch([mx.nd.ones((5, 3))]))
    assert m.get_outputs()[0].shape == (5, 2)
    assert _notes(capfd) == ""
    m.bind(data_shapes=[("data", (2, 3))], force_rebind=True)
    assert re.fullmatch(NOTE.format(1991, "MKLDNN"), _notes(capfd))


@pytest.mark.parametrize("backend, note", [
    ("NONE", r"\[\d\d:\d\d:\d\d\] \.\./src/executor/graph_executor\.cc:60: MXNET_SUBGRAPH_BACKEND=NONE is "
             r"detected, subgraph backend is not in use\n"),
    ("", NOTE.format(1991, "MKLDNN")),
    ("default", NOTE.format(1991, "default")),
])
def test_the_note_names_the_backend_the_environment_chooses(capfd, monkeypatch, backend, note):
    monkeypatch.setenv("MXNET_SUBGRAPH_BACKEND", backend)
    _relu().simple_bind(mx.cpu(), a=(2, 3))
    assert re.fullmatch(note, _notes(capfd))


@pytest.mark.parametrize("ctx", [mx.cpu(1), mx.cpu(3), mx.cpu_pinned(0), mx.Context("cpu_shared", 0)])
def test_only_cpu0_is_partitioned_so_only_it_notes_the_backend(capfd, ctx):
    _relu().simple_bind(ctx, a=(2, 3))
    _relu().bind(ctx, {"a": mx.nd.ones((2, 3), ctx=ctx)})
    assert _notes(capfd) == ""
