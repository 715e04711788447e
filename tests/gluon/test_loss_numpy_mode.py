"""Losses under npx.set_np(): numpy's promoting product weights the samples, a hybridized loss without a NumPy
path refuses mx.np inputs at its first legacy operator (the label's shape is not read first), a failed kernel's
result stays an mx.np array, pick reduces 1-D data to (1,) (a 0-d index fails alone, a graph takes it), and the
losses with a NumPy path trace mx.np/npx operators, as MXNet's."""
import json

import numpy as onp
import pytest

from distnet import autograd, np, npx
from distnet.base import MXNetError, message_of
from distnet.gluon import loss as L


@pytest.fixture(autouse=True)
def numpy_mode():
    npx.set_np()
    yield
    npx.reset_np()


def test_sample_weight_of_another_dtype_is_promoted():
    pred = np.array([[0.5, -1.0], [2.0, 1.5]], dtype="float16")
    pred.attach_grad()
    with autograd.record():
        out = L.L2Loss()(pred, np.zeros((2, 2), dtype="float64"), np.full((2, 2), 2.0, dtype="float16"))
    out.backward()
    assert out.dtype == onp.float64
    assert out.asnumpy().tolist() == [(0.25 + 1.0) / 2, (4.0 + 2.25) / 2]
    assert pred.grad.asnumpy().tolist() == [[0.5, -1.0], [2.0, 1.5]]     # d/dpred = w * pred / 2, w = 2


@pytest.mark.parametrize("cls, first_op", [(L.LogisticLoss, "relu"), (L.HuberLoss, "abs"), (L.HingeLoss, "relu"),
                                           (L.PoissonNLLLoss, "exp")])
@pytest.mark.parametrize("label_shape", [(2, 3), (7,)])
def test_hybridized_legacy_loss_names_its_first_legacy_operator(cls, first_op, label_shape):
    loss = cls()
    loss.hybridize()
    with pytest.raises(TypeError, match=f"Operator `{first_op}` registered in backend"):
        loss(np.ones((2, 3)), np.ones(label_shape))


def test_a_failed_kernel_result_stays_an_np_array():
    out = L.SigmoidBCELoss()(np.ones((4, 1), dtype="int64"), np.ones((4, 1), dtype="int64"))
    assert isinstance(out, np.ndarray)
    with pytest.raises(MXNetError, match="only support floating point types"):       # (softrelu's kernel)
        out.asnumpy()


def test_pick_of_1d_data_is_1d_and_refuses_a_0d_index():
    data = np.array([3.0, 4.0])
    assert npx.pick(data, np.ones((1,)), axis=-1).shape == (1,)
    assert npx.pick(data, np.ones((1,)), axis=0, keepdims=True).shape == (1,)
    with pytest.raises(MXNetError):
        npx.pick(data, np.array(1.0), axis=-1)
    with pytest.raises(MXNetError, match="inferring shapes failed"):
        L.SoftmaxCELoss()(data, np.array(1.0))


def test_a_graph_takes_a_0d_index_as_the_1_element_shape_pick_needs():
    loss = L.SoftmaxCELoss()
    loss.hybridize()
    out = loss(np.array([0.5, 1.5]), np.array(1.0))
    assert out.shape == (1,)
    assert abs(float(out.asnumpy()[0]) - onp.log1p(onp.exp(-1.0))) < 1e-5      # -log softmax([0.5, 1.5])[1]


def _ops(block, *inputs):
    """The operators of ``block``'s hybridized graph, in order."""
    block.hybridize()
    block(*inputs)
    return [node["op"] for node in json.loads(block._cached_graph[1].tojson())["nodes"] if node["op"] != "null"]


def test_numpy_path_losses_trace_numpy_operators():
    a, b = np.ones((2, 3)), np.zeros((2, 3))
    assert _ops(L.L2Loss(), a, b) == ["reshape_like", "_npi_subtract", "_npi_square", "_npi_multiply_scalar",
                                      "Flatten", "_npi_mean"]
    assert "_npi_absolute" in _ops(L.L1Loss(), a, b)
    bce = _ops(L.SigmoidBCELoss(), a, b, b, np.ones((3,)))
    assert {"_npx_relu", "_npi_absolute", "Activation"} <= set(bce) and "broadcast_mul" not in bce


def test_legacy_inputs_to_a_loss_without_numpy_path_compute_and_the_output_is_refused():
    from distnet import nd
    with pytest.raises(TypeError, match="Block's output ndarrays/symbols must be of type"):
        L.HuberLoss()(nd.array([[0.2, 0.8]]), nd.array([[0.0, 1.0]]))
    with pytest.raises(TypeError, match="Operator `_npi_square`"):        # a NumPy-path loss: its first np operator
        L.L2Loss()(nd.array([[0.2, 0.8]]), nd.array([[0.0, 1.0]]))


@pytest.mark.parametrize("hybridize", [False, True])
def test_a_sample_weight_that_does_not_broadcast_fails_the_broadcast_check(hybridize):
    """mx.np's multiply checks shapes as the broadcast_* operators do, in a graph too (named by its node)."""
    loss = L.L1Loss(prefix="l1_")
    if hybridize:
        loss.hybridize()
    with pytest.raises(MXNetError) as info:
        loss(np.ones((4, 2)), np.zeros((4, 2)), np.ones((5, 2)))
    words = "Check failed: l == 1 || r == 1: operands could not be broadcast together with shapes [4,2] [5,2]"
    assert message_of(info.value).splitlines()[0] == ("Error in operator l1_multiply0: " + words if hybridize else words)

