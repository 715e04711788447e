"""Under npx.set_np() a distnet layer given a legacy NDArray fails as MXNet's does: with the refusal of the first
npx operator its forward runs (measured on MXNet 1.9.1)."""
import pytest

import distnet as mx
from distnet.gluon import nn
from distnet.gluon.data.vision import transforms


@pytest.fixture(autouse=True)
def numpy_semantics():
    mx.npx.set_np()
    yield
    mx.npx.reset_np()


@pytest.mark.parametrize("make, x, operator, python", [
    (lambda: transforms.ToTensor(), mx.nd.ones((4, 4, 3), dtype="uint8"), "_npx__image_to_tensor", "to_tensor"),
    (lambda: transforms.Cast(), mx.nd.ones((2,)), "_npx_cast", "cast"),
    (lambda: transforms.RandomLighting(0.1), mx.nd.ones((4, 4, 3)), "_npx__image_random_lighting", "random_lighting"),
    (lambda: nn.Activation("relu"), mx.nd.ones((2,)), "_npx_activation", "activation"),
    (lambda: nn.Dense(2, in_units=3), mx.nd.ones((2, 3)), "_npx_fully_connected", "fully_connected"),
    (lambda: nn.Flatten(), mx.nd.ones((2, 3)), "_npx_batch_flatten", "batch_flatten"),
])
def test_leaf_layer_names_its_npx_operator(make, x, operator, python):
    block = make()
    block.initialize()
    with pytest.raises(TypeError, match=f"Operator `{operator}` registered in backend is known as `{python}` in "
                                        "Python. This is a numpy operator"):
        block(x)


def test_deferred_layer_still_fails_shape_inference_first():
    block = nn.LayerNorm()
    block.initialize()
    with pytest.raises(ValueError, match="Deferred initialization failed because shape cannot be inferred. "
                                         "Operator `_npx_layer_norm`"):
        block(mx.nd.ones((2, 3)))
    assert block.gamma._data is None        # finding the operator initialised nothing


def test_npx_image_operator_names():
    with pytest.raises(TypeError, match="Operator `_npx__image_crop` registered in backend is known as `crop`"):
        mx.npx.image.crop(mx.nd.ones((4, 4, 3)), 0, 0, 2, 2)


@pytest.mark.parametrize("make, operator, python", [
    (lambda: nn.Dense(2, activation="relu"), "_npx_fully_connected", "fully_connected"),     # its own op first
    (lambda: nn.Conv2D(2, 3, activation="sigmoid"), "_npx_convolution", "convolution"),
])
def test_a_layer_with_parameters_and_an_activation_names_its_own_operator(make, operator, python):
    block = make()
    block.initialize()
    with pytest.raises(ValueError, match=f"Deferred initialization failed because shape cannot be inferred. "
                                         f"Operator `{operator}` registered in backend is known as `{python}`"):
        block(mx.nd.ones((2, 3, 4, 4)))


def test_a_layer_without_npx_operator_fails_in_its_legacy_operators_words():
    block = nn.InstanceNorm()
    block.initialize()
    with pytest.raises(ValueError, match="Deferred initialization failed because shape cannot be inferred. "
                                         "Operator `InstanceNorm` registered in backend is known as `InstanceNorm` "
                                         "in Python. This is a legacy operator"):
        block(mx.nd.ones((2, 3, 4)))


@pytest.mark.parametrize("make, operator, python", [
    (lambda: nn.Dense(2), "_npx_fully_connected", "fully_connected"),
    (lambda: nn.BatchNorm(), "_npx_batch_norm", "batch_norm"),
    (lambda: nn.Activation("tanh"), "_npx_activation", "activation"),
])
def test_a_legacy_symbol_is_refused_as_a_legacy_ndarray(make, operator, python):
    with pytest.raises(TypeError, match=f"Operator `{operator}` registered in backend is known as `{python}` in "
                                        "Python. This is a numpy operator"):
        make()(mx.sym.var("data"))
    seq = nn.HybridSequential()
    seq.add(make())
    with pytest.raises(TypeError, match=f"Operator `{operator}`"):
        seq(mx.sym.var("data"))


def test_user_code_returning_legacy_values_is_refused_by_the_output_check():
    with pytest.raises(TypeError, match="Block's output ndarrays/symbols must be of type `mxnet.numpy.ndarray` or "
                                        "`mxnet.symbol.numpy._Symbol`, while got output type <class '"):
        nn.HybridLambda(lambda F, x: F.relu(x))(mx.sym.var("data"))
    with pytest.raises(TypeError, match="Block's output ndarrays/symbols must be of type"):
        nn.HybridLambda(lambda F, x: F.relu(x))(mx.nd.ones((2,)))
