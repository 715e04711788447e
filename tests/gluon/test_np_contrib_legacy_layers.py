"""contrib SyncBatchNorm and PixelShuffle compute with legacy operators even under npx.set_np(): mx.np inputs are
refused (TypeError; ValueError while a deferred shape is still unknown), as in MXNet."""
import pytest

from distnet import gluon, np, npx


@pytest.fixture
def np_mode():
    npx.set_np()
    yield
    npx.reset_np()


@pytest.mark.parametrize("layer, x", [
    (lambda: gluon.contrib.nn.SyncBatchNorm(in_channels=3, num_devices=1), (2, 3)),
    (lambda: gluon.contrib.nn.PixelShuffle1D(2), (1, 4, 2)),
    (lambda: gluon.contrib.nn.PixelShuffle2D(2), (1, 4, 1, 1)),
    (lambda: gluon.contrib.nn.PixelShuffle3D(2), (1, 8, 1, 1, 1)),
], ids=["syncbn", "ps1", "ps2", "ps3"])
@pytest.mark.parametrize("hybridize", [False, True])
def test_np_inputs_refused(np_mode, layer, x, hybridize):
    block = layer()
    block.initialize()
    if hybridize:
        block.hybridize()
    with pytest.raises(TypeError):
        block(np.ones(x))


def test_deferred_syncbn_cannot_infer_from_np_inputs(np_mode):
    block = gluon.contrib.nn.SyncBatchNorm(num_devices=1)
    block.initialize()
    with pytest.raises(ValueError, match="Deferred initialization failed"):
        block(np.ones((2, 3)))
