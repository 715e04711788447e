"""A legacy Symbol given to mx.sym.np / mx.sym.npx functions is refused as MXNet refuses it: functions written in
Python say the type is not supported, generated ones name the backend operator they were made from; a
hybridized block whose inputs mix array kinds meets the same refusals when traced."""
import pytest

import distnet as mx
from distnet import np, npx
from distnet.base import message_of

z, x = mx.sym.var("z"), mx.sym.var("x").as_np_ndarray()


@pytest.mark.parametrize("fn", [lambda: mx.sym.np.sin(z), lambda: mx.sym.np.isnan(z), lambda: mx.sym.np.around(z),
                                lambda: mx.sym.np.tile(z, 2), lambda: mx.sym.np.flip(z), lambda: mx.sym.np.ravel(z),
                                lambda: mx.sym.np.nan_to_num(z)])
def test_python_functions_refuse_the_type(fn):
    with pytest.raises(TypeError, match=r"type <class 'mxnet.symbol.symbol.Symbol'> not supported$"):
        fn()


@pytest.mark.parametrize("fn, operator", [
    (lambda: mx.sym.np.expand_dims(z, 0), "_npi_expand_dims"), (lambda: mx.sym.np.swapaxes(z, 0, 1), "_npi_swapaxes"),
    (lambda: mx.sym.np.split(z, 2), "_npi_split"), (lambda: mx.sym.np.amax(z), "_np_amax"),
    (lambda: mx.sym.np.argsort(z), "_npi_argsort"), (lambda: mx.sym.np.roll(z, 1), "_np_roll"),
    (lambda: mx.sym.np.maximum(z, 2), "_npi_maximum_scalar"), (lambda: mx.sym.np.hypot(x, z), "_npi_hypot"),
    (lambda: mx.sym.np.bitwise_and(z, 1), "_npi_bitwise_and_scalar"), (lambda: mx.sym.np.where(x, z, x), "_npi_where"),
    (lambda: mx.sym.npx.softmax(z), "_npx_softmax"), (lambda: mx.sym.npx.fully_connected(x, z, num_hidden=2,
                                                                                          no_bias=True),
                                                      "_npx_fully_connected"),
    (lambda: mx.sym.npx.reshape(z, (-1,)), "_npx_reshape"), (lambda: mx.sym.npx.arange_like(z), "_npx_arange_like"),
])
def test_generated_functions_name_their_backend_operator(fn, operator):
    with pytest.raises(TypeError, match=f"Operator `{operator}` registered in backend .* numpy operator"):
        fn()


def test_legacy_plus_np_symbol_is_refused_by_the_legacy_addition():
    with pytest.raises(TypeError, match="Operator `_Plus` .* This is a legacy operator"):
        z + x
    with pytest.raises(TypeError, match="Operator `_npi_add`"):
        x + z


@pytest.mark.parametrize("fn, first, words", [
    (lambda F, a, b: a + b, "np", "`_npi_add`"), (lambda F, a, b: a + b, "legacy", "`_Plus`"),
    (lambda F, a, b: F.np.sin(b), "np", "type <class 'mxnet.symbol.symbol.Symbol'> not supported"),
    (lambda F, a, b: a * b, "legacy", "`_npi_multiply`"),
])
def test_hybridized_block_traces_mixed_inputs_as_their_kinds_of_symbol(fn, first, words):
    npx.set_np()
    try:
        block = mx.gluon.nn.HybridLambda(fn)
        block.hybridize()
        args = (np.ones(2), mx.nd.ones(2)) if first == "np" else (mx.nd.ones(2), np.ones(2))
        with pytest.raises(TypeError) as info:
            block(*args)
        assert words in message_of(info.value)
    finally:
        npx.reset_np()
