"""Under npx.set_np(), layers MXNet builds from legacy operators refuse np symbols when traced inside a
hybridized block (MXNet 1.9.1: TypeError), while layers with an npx path trace fine."""
import pytest

from distnet import gluon, np, npx
from distnet.gluon import nn


@pytest.fixture(autouse=True)
def _np_mode():
    npx.set_np()
    yield
    npx.reset_np()


class _Wrap(nn.HybridBlock):
    def __init__(self, child, pair):
        super().__init__()
        self.child, self.pair = child, pair

    def hybrid_forward(self, F, x, y=None):
        return self.child(x, y) if self.pair else self.child(x)


def _run(child, pair):
    block = _Wrap(child, pair)
    block.initialize()
    block.hybridize()
    return block(np.ones((2, 3)), np.ones((2, 3))) if pair else block(np.ones((1, 2, 4, 4)))


@pytest.mark.parametrize("make, pair", [
    (lambda: nn.InstanceNorm(in_channels=2), False), (lambda: nn.GroupNorm(1), False),
    (lambda: nn.ReflectionPad2D(1), False), (lambda: nn.HybridLambda("tanh"), False),
    (lambda: gluon.loss.KLDivLoss(), True), (lambda: gluon.loss.HingeLoss(), True),
])
def test_legacy_only_layers_refuse(make, pair):
    with pytest.raises(TypeError, match="legacy"):
        _run(make(), pair)


@pytest.mark.parametrize("make, pair, shape", [
    (lambda: nn.HybridLambda(lambda F, x: F.np.tanh(x)), False, (1, 2, 4, 4)),
    (lambda: nn.LayerNorm(), False, (1, 2, 4, 4)), (lambda: gluon.loss.L2Loss(), True, (2,)),
])
def test_npx_layers_trace(make, pair, shape):
    assert _run(make(), pair).shape == shape


@pytest.mark.parametrize("call, op", [
    (lambda mx, x: mx.sym.contrib.SyncBatchNorm(x, x, x, x, x, key="k"), "_contrib_SyncBatchNorm` registered in "
     "backend is known as `SyncBatchNorm"),
    (lambda mx, x: mx.sym.contrib.box_nms(x), "_contrib_box_nms` registered in backend is known as `box_nms"),
])
def test_contrib_symbol_functions_are_legacy_and_refuse_np_symbols(call, op):
    import distnet as mx
    with pytest.raises(TypeError, match=f"Operator `{op}` in Python. This is a legacy operator"):
        call(mx, mx.sym.var("x").as_np_ndarray())
    assert call(mx, mx.sym.var("x")).name.startswith(("syncbatchnorm", "box_nms"))     # legacy symbols: built


def test_sync_batch_norm_layer_refuses_an_np_symbol():
    from distnet.gluon.contrib.nn import SyncBatchNorm
    import distnet as mx
    with pytest.raises(TypeError, match="Operator `_contrib_SyncBatchNorm`"):
        SyncBatchNorm(in_channels=2)(mx.sym.var("x").as_np_ndarray())


@pytest.mark.parametrize("call, op", [
    (lambda mx, x: mx.sym.linalg.gemm2(x, x), "_linalg_gemm2` registered in backend is known as `gemm2"),
    (lambda mx, x: mx.sym.image.to_tensor(x), "_image_to_tensor` registered in backend is known as `to_tensor"),
    (lambda mx, x: mx.sym.random.uniform(x, x), "_sample_uniform` registered in backend is known as `_sample_uniform"),
    (lambda mx, x: mx.sym._internal._plus(x, x), "_plus` registered in backend is known as `_plus"),
])
def test_legacy_symbol_namespaces_refuse_np_symbols(call, op):
    import distnet as mx
    with pytest.raises(TypeError, match=f"Operator `{op}` in Python. This is a legacy operator"):
        call(mx, mx.sym.var("x").as_np_ndarray())
    assert isinstance(call(mx, mx.sym.var("x")), mx.sym.Symbol)
