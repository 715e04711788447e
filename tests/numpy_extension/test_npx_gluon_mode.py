"""Gluon under NumPy semantics: mx.np parameters and outputs, -1 for unknown sizes, MXNet's numbers and files."""
import gzip

import numpy as onp
import pytest

import distnet as mx
from distnet import autograd, gluon, np, npx
from distnet.gluon import nn


@pytest.fixture(autouse=True)
def _numpy_mode():
    try:
        mx.nd.waitall()         # an asynchronous error another test file left pending is not this file's
    except mx.MXNetError:
        pass
    npx.set_np()
    yield
    npx.reset_np()


def test_parameters_are_np_arrays_with_minus_one_for_unknown_sizes():
    dense = nn.Dense(4)
    assert dense.weight.shape == (4, -1) and repr(dense) == "Dense(-1 -> 4, linear)"
    dense.initialize()
    out = dense(np.ones((2, 3)))
    assert type(out) is mx.np.ndarray and dense.weight.shape == (4, 3)
    assert type(dense.weight.data()) is mx.np.ndarray and type(dense.weight.grad()) is mx.np.ndarray
    npx.reset_np()
    assert dense.weight.shape == (4, 3) and nn.Dense(4).weight.shape == (4, 0)
    legacy = nn.Dense(2, in_units=3)
    legacy.initialize()
    assert type(legacy.weight.data()) is mx.nd.NDArray and type(legacy(mx.nd.ones((1, 3)))) is mx.nd.NDArray


def test_normal_initializer_draws_from_the_numpy_stream():
    mx.random.seed(3)
    param = gluon.Parameter("w", shape=(4, 3), init=mx.init.Normal(0.5))
    param.initialize()
    measured = [[-0.81804603, 0.89071935, -0.9514204], [-0.32330722, -0.44592458, -0.42466703],
                [-0.9386957, 0.15848131, -0.4496069], [-0.21708106, -0.7790881, -0.55292284]]   # MXNet 1.9.1
    onp.testing.assert_allclose(param.data().asnumpy(), measured, rtol=1e-6)


def _mlp_losses(hybridize):
    mx.random.seed(42)
    net = nn.HybridSequential()
    with net.name_scope():
        net.add(nn.Dense(8, activation="relu"), nn.Dense(3))
    net.initialize(mx.init.Xavier())
    if hybridize:
        net.hybridize()
    x = np.array(onp.random.RandomState(0).uniform(-1, 1, (6, 4)), dtype="float32")
    y = np.array([0, 1, 2, 1, 0, 2])
    loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1})
    losses = []
    for _ in range(3):
        with autograd.record():
            loss = loss_fn(net(x), y)
        loss.backward()
        trainer.step(6)
        assert type(loss) is mx.np.ndarray
        losses.append(loss.asnumpy())
    return losses


@pytest.mark.parametrize("hybridize", [False, True])
def test_mlp_training_repeats_mxnets_losses(hybridize):
    measured = [[1.34549, 1.04851, 0.77391, 1.1961, 1.5128, 0.66355],       # MXNet 1.9.1, npx.set_np()
                [1.32655, 1.05399, 0.76378, 1.18145, 1.47267, 0.65775],
                [1.30879, 1.0591, 0.75338, 1.16761, 1.43521, 0.6516]]
    onp.testing.assert_allclose(_mlp_losses(hybridize), measured, atol=2e-5)


def test_hybrid_forward_gets_npx_on_nd_and_on_symbols():
    class Block(gluon.HybridBlock):
        def hybrid_forward(self, F, x):
            return F.npx.reshape(F.npx.relu(x), (-2, -1))

    block = Block()
    x = np.array(onp.arange(24).reshape(2, 3, 4) - 12.0)
    eager = block(x)
    block.hybridize()
    traced = block(x)
    assert type(eager) is mx.np.ndarray and type(traced) is mx.np.ndarray and traced.shape == (2, 12)
    onp.testing.assert_array_equal(eager.asnumpy(), traced.asnumpy())
    assert mx.nd.npx.relu is npx.relu and mx.sym.npx.relu(mx.sym.var("x").as_np_ndarray()).list_arguments() == ["x"]
    with pytest.raises(TypeError):          # MXNet: an npx operator takes np symbols only
        mx.sym.npx.relu(mx.sym.var("x"))


def test_use_np_class_creates_np_parameters_outside_numpy_mode():
    npx.reset_np()

    @mx.util.use_np
    class Net(gluon.HybridBlock):
        def __init__(self):
            super().__init__()
            self.dense = nn.Dense(2, in_units=3)

        def hybrid_forward(self, F, x):
            return self.dense(x)

    net = Net()
    net.initialize()
    assert type(net.dense.weight.data()) is mx.np.ndarray
    assert type(net(np.ones((1, 3)))) is mx.np.ndarray and not mx.util.is_np_array()


def test_save_parameters_writes_the_numpy_shape_format(tmp_path):
    net = nn.Dense(3, in_units=2)
    net.initialize(mx.init.Constant(0.5))
    path = str(tmp_path / "dense.params")
    net.save_parameters(path)
    raw = open(path, "rb").read()
    assert raw[24:28] == bytes.fromhex("cafa93f9")     # MXNet's record magic under NumPy shape semantics
    seq = nn.HybridSequential()
    seq.add(nn.Dense(3, in_units=2))
    seq.initialize()
    seq_path = str(tmp_path / "seq.params")
    seq.save_parameters(seq_path)
    seq.load_parameters(seq_path)
    assert type(seq[0].weight.data()) is mx.np.ndarray
    with pytest.raises(TypeError, match="use mxnet.numpy.save instead"):
        mx.nd.save(str(tmp_path / "x.params"), [np.ones((2,))])


def test_legacy_operators_refuse_a_users_np_arrays_but_layers_keep_them_np():
    x = np.array([[-1.0, 2.0]])
    with pytest.raises(TypeError):          # MXNet: a legacy operator takes legacy ndarrays only
        mx.nd.relu(x)
    with pytest.raises(TypeError):
        mx.nd.relu(mx.nd.array([-1.0, 2.0]), out=np.zeros((2,)))
    dense = gluon.nn.Dense(1, in_units=2, activation="relu")
    dense.initialize()
    assert type(dense(x)) is mx.np.ndarray
    parts = gluon.utils.split_data(np.ones((2, 4)), 2)
    assert all(type(p) is mx.np.ndarray for p in parts)


def test_losses_mixing_operators_and_np_arithmetic():
    pred = np.array([[0.2, -0.5, 1.0], [1.5, 0.0, -2.0]])
    label = np.ones((2, 3)) * 0.5
    loss = gluon.loss.SigmoidBinaryCrossEntropyLoss()(pred, label)
    expected = (onp.maximum(pred.asnumpy(), 0) - pred.asnumpy() * 0.5
                + onp.log1p(onp.exp(-onp.abs(pred.asnumpy())))).mean(axis=1)
    assert type(loss) is mx.np.ndarray
    onp.testing.assert_allclose(loss.asnumpy(), expected, rtol=1e-6)


@pytest.mark.parametrize("workers, threads", [(0, False), (1, False), (1, True)])
def test_data_loader_batches_are_np_arrays(workers, threads):
    data = gluon.data.ArrayDataset(np.array(onp.arange(12).reshape(6, 2), dtype="float32"), onp.arange(6))
    loader = gluon.data.DataLoader(data, batch_size=4, num_workers=workers, thread_pool=threads, timeout=30)
    features, labels = next(iter(loader))
    assert type(features) is mx.np.ndarray and type(labels) is mx.np.ndarray
    assert features.asnumpy().sum() == 28.0 and labels.dtype == onp.int64


def test_vision_transforms_keep_np_images():
    from distnet.gluon.data.vision import transforms
    img = np.array(onp.arange(48).reshape(4, 4, 3), dtype="uint8")
    crop = transforms.CenterCrop(2)(img)
    assert type(crop) is mx.np.ndarray and crop.asnumpy()[0, 0].tolist() == [15, 16, 17]      # MXNet 1.9.1
    tensor = transforms.ToTensor()(img)
    assert type(tensor) is mx.np.ndarray and tensor.shape == (3, 4, 4)


def test_hybridized_f_np_traces_and_numpy_fallbacks_run_as_custom_nodes():
    class Block(gluon.HybridBlock):
        def hybrid_forward(self, F, x):
            return F.np.sum(x)

    class Unravel(gluon.HybridBlock):
        def hybrid_forward(self, F, x):
            return F.np.unravel_index(x, (2, 3))

    block = Block()
    assert float(block(np.ones((2, 3)))) == 6.0          # imperatively F.np is mx.np
    block.hybridize()
    assert float(block(np.ones((2, 3)))) == 6.0          # traced, F.np is mx.sym.np
    unravel = Unravel()
    assert len(unravel(np.array([1, 4], dtype="int64"))) == 2      # mx.np's: a tuple of coordinate arrays
    unravel.hybridize()
    assert unravel(np.array([1, 4], dtype="int64")).tolist() == [[0, 1], [1, 1]]     # one stacked Custom output


def test_constants_split_and_load_and_block_outputs_follow_mxnet():
    assert type(gluon.Constant("c", [1.0, 2.0]).value) is mx.np.ndarray
    assert gluon.Constant("c64", onp.array([1.0, 2.0])).value.dtype == onp.float64
    parts = gluon.utils.split_and_load(onp.arange(6).reshape(3, 2), [mx.cpu()])
    assert type(parts[0]) is mx.np.ndarray and parts[0].dtype == onp.int64

    class Legacy(gluon.Block):
        def forward(self, x):
            return [x, (x, mx.nd.array([1.0]))]

    with pytest.raises(TypeError, match="must be of type `mxnet.numpy.ndarray`"):
        Legacy()(np.ones((2,)))


def _write_idx(path, array):
    header = bytes([0, 0, 0x08, array.ndim]) + b"".join(int(d).to_bytes(4, "big") for d in array.shape)
    with gzip.open(path, "wb") as f:
        f.write(header + array.astype(onp.uint8).tobytes())


def test_mnist_gives_np_images_and_int32_labels(tmp_path, monkeypatch):
    monkeypatch.setattr(gluon.utils, "check_sha1", lambda path, sha1: True)     # stand-ins for the published files
    _write_idx(tmp_path / "t10k-images-idx3-ubyte.gz", onp.arange(2 * 28 * 28).reshape(2, 28, 28) % 256)
    _write_idx(tmp_path / "t10k-labels-idx1-ubyte.gz", onp.array([7, 3]))
    data = gluon.data.vision.MNIST(root=str(tmp_path), train=False)
    image, label = data[1]
    assert type(image) is mx.np.ndarray and image.shape == (28, 28, 1) and image.dtype == onp.uint8
    assert type(label) is mx.np.ndarray and label.dtype == onp.int32 and int(label) == 3
