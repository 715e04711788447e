"""mx.util's NumPy-mode switches (per thread, as MXNet 1.9.1) and what NumPy shape semantics changes in mx.nd."""
import logging
import threading

import numpy as np
import pytest

import distnet as mx
from distnet import npx, util
from distnet.base import MXNetError


@pytest.fixture(autouse=True)
def _numpy_mode_off():
    yield
    util.reset_np()


def test_set_np_shape_returns_the_previous_state():
    assert util.set_np_shape(True) is False
    assert util.set_np_shape(True) is True and util.is_np_shape() is True
    assert util.set_np_shape(False) is True and util.is_np_shape() is False


def test_set_np_and_reset_np_switch_both_and_return_none():
    assert npx.set_np() is None
    assert (util.is_np_shape(), util.is_np_array()) == (True, True)
    assert npx.reset_np() is None
    assert (util.is_np_shape(), util.is_np_array()) == (False, False)
    util.set_np(shape=True, array=False)
    assert (util.is_np_shape(), util.is_np_array()) == (True, False)
    with pytest.raises(ValueError, match="Shape semantics is required"):
        util.set_np(shape=False, array=True)


def test_scopes_set_one_switch_and_restore_it():
    with util.np_shape():
        assert (util.is_np_shape(), util.is_np_array()) == (True, False)
    with util.np_array():
        assert (util.is_np_shape(), util.is_np_array()) == (False, True)
    assert (util.is_np_shape(), util.is_np_array()) == (False, False)
    npx.set_np()
    with pytest.raises(ValueError):        # MXNet 1.9.1: shape semantics cannot go off under array semantics
        with util.np_shape(False):
            pass
    assert util.is_np_shape() is True
    with util.np_array(False), util.np_shape(False):
        assert (util.is_np_shape(), util.is_np_array()) == (False, False)
    assert (util.is_np_shape(), util.is_np_array()) == (True, True)
    assert type(util.np_shape()).__name__ == "_NumpyShapeScope" and type(util.np_array()).__name__ == "_NumpyArrayScope"


def test_a_new_thread_starts_with_numpy_mode_off():
    npx.set_np()
    seen = []
    worker = threading.Thread(target=lambda: seen.append((util.is_np_shape(), util.is_np_array())))
    worker.start()
    worker.join(timeout=10)
    assert seen == [(False, False)] and util.is_np_array()


def test_decorators_on_functions():
    @util.use_np
    def both():
        return util.is_np_shape(), util.is_np_array()

    @util.use_np_shape
    def shape():
        return util.is_np_shape(), util.is_np_array()

    @util.use_np_array
    def array():
        return util.is_np_shape(), util.is_np_array()

    assert (both(), shape(), array()) == ((True, True), (True, False), (False, True))
    assert both.__name__ == "both" and not util.is_np_shape()
    with pytest.raises(TypeError, match="use_np_array can only decorate"):
        util.use_np(3)


def test_first_activation_is_logged_once(caplog, monkeypatch):
    monkeypatch.setattr(util, "_activations_logged", set())
    with caplog.at_level(logging.INFO):
        npx.set_np()
        npx.reset_np()
        npx.set_np()
    messages = [r.getMessage() for r in caplog.records]
    assert sum("NumPy-shape semantics has been activated" in m for m in messages) == 1
    assert sum("NumPy array semantics has been activated" in m for m in messages) == 1


def test_zero_size_and_scalar_legacy_arrays_need_numpy_shape():
    with pytest.raises(MXNetError):
        mx.nd.zeros((0, 3))
    with pytest.raises(MXNetError):
        mx.nd.ones(())
    with util.np_shape():
        assert mx.nd.zeros((0, 3)).shape == (0, 3)
        one = mx.nd.ones(())
        assert one.shape == () and one.asscalar() == 1.0
        assert mx.nd.full((), 2.5).asnumpy() == np.float32(2.5)
        assert (mx.nd.ones((2, 0)) + 1).shape == (2, 0)
        with pytest.raises(MXNetError):
            mx.nd.zeros((-1, 3))
    with pytest.raises(MXNetError):
        mx.nd.zeros((0, 3))


def test_legacy_scalars_under_numpy_shape():
    with util.np_shape():
        x = mx.nd.array([1.0, 2.0, 3.0])
        picked = x[1]
        assert picked.shape == () and picked.asscalar() == 2.0
        one = mx.nd.ones(())
        assert (one + 1).dtype == np.float32 and (one * 0.5).asnumpy() == np.float32(0.5)
        assert repr(mx.nd.exp(one)) == "\n2.7182817\n<NDArray  @cpu(0)>"        # as MXNet prints it
        assert mx.nd.random.uniform(shape=()).shape == () and mx.nd.random.uniform(shape=(0, 2)).shape == (0, 2)
    assert mx.nd.array([1.0, 2.0])[1].shape == (1,)
    with pytest.raises(MXNetError):
        mx.nd.random.uniform(shape=(0, 2))


def test_symbol_shapes_under_numpy_shape():
    fc = mx.sym.FullyConnected(mx.sym.var("x"), num_hidden=3, name="fc")
    with util.np_shape():
        assert fc.infer_shape_partial() == ([None, None, None], [None], [])
        assert fc.infer_shape_partial(x=(-1, 4)) == ([(-1, 4), (3, 4), (3,)], [(-1, 3)], [])
        assert (mx.sym.var("x") + 1).infer_shape(x=(0, 3)) == ([(0, 3)], [(0, 3)], [])
    assert fc.infer_shape_partial() == ([(), (), ()], [()], [])


def test_the_array_scope_gives_itself_to_with_as_and_the_shape_scope_none():
    with util.np_shape(True) as shape_scope, util.np_array(True) as array_scope:
        assert type(array_scope).__name__ == "_NumpyArrayScope" and shape_scope is None


def test_activation_log_reads_as_mxnets(caplog, monkeypatch):
    monkeypatch.setattr(util, "_activations_logged", set())
    with caplog.at_level(logging.INFO):
        npx.set_np()
        npx.reset_np()
    assert [r.getMessage().split(".")[0] for r in caplog.records] == [
        "NumPy array semantics has been activated in your code", "NumPy-shape semantics has been activated in your code"]
    assert caplog.records[1].getMessage().endswith(
        "Please DO NOT manually deactivate this semantics while using `mxnet.numpy` and `mxnet.numpy_extension` "
        "modules.")
