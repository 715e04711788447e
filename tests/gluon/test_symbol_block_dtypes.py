"""SymbolBlock parameter dtypes follow the inputs' declared dtypes, as MXNet 1.9.1 infers them."""
import warnings

import numpy as np

import distnet as mx
from distnet.base import message_of


def _dtypes(block):
    return {k: np.dtype(v.dtype).name for k, v in block.collect_params().items()}


def test_typed_input_gives_typed_parameters_and_runs_in_that_type():
    d = mx.sym.var("data", dtype="float64")
    sb = mx.gluon.SymbolBlock(mx.sym.BatchNorm(mx.sym.FullyConnected(d, num_hidden=3, name="fc"), name="bn"), d)
    assert set(_dtypes(sb).values()) == {"float64"} and len(_dtypes(sb)) == 6
    sb.initialize(mx.init.One())
    assert sb(mx.nd.ones((2, 4), dtype="float64")).dtype == np.float64


def test_untyped_input_leaves_float32_and_warns_as_mxnet():
    x = mx.sym.var("data")
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        sb = mx.gluon.SymbolBlock(mx.sym.FullyConnected(x, num_hidden=3, name="fc"), x)
    assert _dtypes(sb) == {"fc_weight": "float32", "fc_bias": "float32"}
    assert any("Cannot decide type" in str(m.message) for m in w)


def test_declared_parameter_dtype_is_kept_and_partial_typing_falls_back_to_float32():
    d16 = mx.sym.var("data", dtype="float16")
    sb = mx.gluon.SymbolBlock([mx.sym.FullyConnected(d16, num_hidden=3, name="fc"),
                               mx.sym.var("w", dtype="int32") * 2], d16)
    assert _dtypes(sb) == {"fc_weight": "float16", "fc_bias": "float16", "w": "int32"}
    a, b = mx.sym.var("a", dtype="float64"), mx.sym.var("b")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sb = mx.gluon.SymbolBlock(mx.sym.FullyConnected(a + b, num_hidden=2, name="fc"), [a, b])
    assert _dtypes(sb) == {"fc_weight": "float32", "fc_bias": "float32"}


def test_float64_export_loads_into_a_float64_symbol_block(tmp_path):
    net = mx.gluon.nn.HybridSequential()
    net.add(mx.gluon.nn.Dense(3, in_units=4), mx.gluon.nn.BatchNorm(in_channels=3))
    net.initialize(mx.init.Constant(0.5))
    net.cast("float64")
    net.hybridize()
    net(mx.nd.ones((1, 4), dtype="float64"))
    net.export(str(tmp_path / "net"))
    loaded = mx.gluon.SymbolBlock(mx.sym.load(str(tmp_path / "net-symbol.json")), mx.sym.var("data", dtype="float64"))
    loaded.collect_params().load(str(tmp_path / "net-0000.params"))      # no cast_dtype needed
    assert set(_dtypes(loaded).values()) == {"float64"}
    np.testing.assert_allclose(loaded(mx.nd.ones((1, 4), dtype="float64")).asnumpy(), [[2.0, 2.0, 2.0]], rtol=1e-4)
    loaded.cast("float32")
    assert loaded(mx.nd.ones((1, 4))).dtype == np.float32


def _doubler():
    block = mx.gluon.SymbolBlock(mx.sym.var("d") * 2, mx.sym.var("d"))
    block.initialize()
    return block


def test_symbol_block_refuses_a_non_array_input_as_hybrid_block_asserts():
    import pytest
    for value, name in [(3, "int"), (None, "NoneType"), (np.ones(2), "numpy.ndarray")]:
        with pytest.raises(AssertionError) as err:
            _doubler()(value)
        assert message_of(err.value) == ("HybridBlock requires the first argument to forward be either Symbol or NDArray, "
                                  f"but got <class '{name}'>")


def test_symbol_block_runs_an_np_array_outside_numpy_mode_into_a_legacy_array():
    out = _doubler()(mx.np.array([[1.0, 2.5]]))
    assert type(out) is mx.nd.NDArray
    assert out.asnumpy().tolist() == [[2.0, 5.0]]


def test_symbol_block_cast_and_cell_state_info_are_named_after_their_class():
    import pytest
    for call, name in [(lambda: _doubler().cast(), "SymbolBlock.cast"),
                       (lambda: mx.gluon.rnn.GRUCell(2).state_info(1, 2), "GRUCell.state_info"),
                       (lambda: mx.gluon.rnn.RNNCell(2).state_info(1, 2), "RNNCell.state_info")]:
        with pytest.raises(TypeError) as err:
            call()
        assert message_of(err.value).startswith(f"{name}() ")
