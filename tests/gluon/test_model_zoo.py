"""gluon.model_zoo.vision against MXNet 1.9.1: names, shapes, repr and outputs (model_zoo_ref.json).

The fixture comes from make_model_zoo_ref.py run under MXNet; parameters are set from the same
sine pattern in collect_params() order on both sides.
"""
import hashlib
import json
import os

import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of
from distnet.gluon.model_zoo import model_store, vision

REF = json.load(open(os.path.join(os.path.dirname(__file__), "model_zoo_ref.json")))
MODELS = {m["name"]: m for m in REF["models"]}


_WAVE = {}


def _sin_shifted(n, i):
    """sin(0.7 k + i) for k < n, from cached sin/cos tables (the 4096x4096 layers make direct sin slow)."""
    if _WAVE.get("n", 0) < n:
        k = np.arange(max(n, 1 << 20), dtype=np.float64) * 0.7
        _WAVE.update(n=len(k), sin=np.sin(k), cos=np.cos(k))
    return _WAVE["sin"][:n] * np.cos(i) + _WAVE["cos"][:n] * np.sin(i)


def pattern(name, shape, i):
    """The deterministic parameter values the fixture was made with (sin(0.7 k + i), scaled per kind)."""
    base = _sin_shifted(int(np.prod(shape)), i).reshape(shape)
    if name.endswith("running_var"):
        val = 1.0 + 0.5 * np.abs(base)
    elif name.endswith("gamma"):
        val = 1.0 + 0.1 * base
    elif name.endswith(("beta", "bias", "running_mean")):
        val = 0.1 * base
    else:
        fan_in = int(np.prod(shape[1:])) if len(shape) > 1 else 1
        val = base * np.sqrt(2.0 / fan_in)
    return val.astype(np.float32)


def sine_input(shape):
    return mx.nd.array(np.sin(np.arange(int(np.prod(shape))) * 0.3).reshape(shape))


def build(ref, hybridize=False):
    """The network of ``ref`` after one forward, with the pattern parameters set."""
    net = vision.get_model(ref["name"], **ref["kwargs"])
    # every value is overwritten below; zeros skip drawing millions of random numbers
    net.collect_params().setattr("init", mx.init.Zero())
    net.initialize()
    if hybridize:
        net.hybridize()
    x = sine_input(ref["shape"])
    net(x)
    for i, (name, p) in enumerate(net.collect_params().items()):
        p.set_data(mx.nd.array(pattern(name, p.shape, i)))
    return net, x


@pytest.fixture(scope="module")
def built():
    """Each reference network built once: name -> (net, input)."""
    cache = {}

    def get(name):
        if name not in cache:
            cache[name] = build(MODELS[name])
        return cache[name]
    return get


@pytest.mark.parametrize("name", list(MODELS))
def test_parameter_names_and_shapes_match_mxnet(built, name):
    net, _ = built(name)
    got = [[k, list(p.shape)] for k, p in net.collect_params().items()]
    assert got == MODELS[name]["params"]


@pytest.mark.parametrize("name", list(MODELS))
def test_repr_matches_mxnet(built, name):
    net, _ = built(name)
    assert repr(net) == MODELS[name]["repr"]


@pytest.mark.parametrize("name", [n for n, m in MODELS.items() if "repr_deferred" in m])
def test_repr_before_shapes_are_known_matches_mxnet(name):
    ref = MODELS[name]
    assert repr(vision.get_model(name, **ref["kwargs"])) == ref["repr_deferred"]


@pytest.mark.parametrize("name", list(MODELS))
def test_output_matches_mxnet(built, name):
    net, x = built(name)
    want = np.array(MODELS[name]["output"], dtype=np.float32)
    got = net(x).asnumpy()
    assert got.dtype == np.float32 and got.shape == want.shape
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-5 * np.abs(want).max())


@pytest.mark.parametrize("name", ["resnet18_v2", "mobilenetv2_0.25"])
def test_hybridized_output_matches_mxnet(name):
    net, x = build(MODELS[name], hybridize=True)
    want = np.array(MODELS[name]["output"], dtype=np.float32)
    np.testing.assert_allclose(net(x).asnumpy(), want, rtol=1e-4, atol=1e-5 * np.abs(want).max())


def test_training_step_gradients_and_running_means_match_mxnet():
    ref = REF["train"]
    net, x = build({"name": "resnet18_v2", "kwargs": {"thumbnail": True, "classes": 10}, "shape": ref["shape"]})
    with mx.autograd.record():
        y = net(x)
        loss = (y * y).sum()
    loss.backward()
    np.testing.assert_allclose(y.asnumpy(), np.array(ref["output"]), rtol=1e-4, atol=1e-5)
    params = net.collect_params()
    grads = {k: float(np.abs(p.grad().asnumpy()).sum()) for k, p in params.items() if p.grad_req != "null"}
    means = {k: float(p.data().asnumpy().sum()) for k, p in params.items() if k.endswith("running_mean")}
    for got, want in [(grads, ref["grad_abs_sum"]), (means, ref["running_mean_sum"])]:
        # the fixture's network was the second ResNetV2 of its process: compare names past the net's prefix
        assert [k.split("_", 1)[1] for k in got] == [k.split("_", 1)[1] for k in want]
        np.testing.assert_allclose(list(got.values()), list(want.values()), rtol=1e-4, atol=1e-6)


def test_get_model_knows_mxnets_names_and_rejects_others():
    with pytest.raises(ValueError) as err:
        vision.get_model("resnet19_v1")
    assert message_of(err.value).split("\n\t")[1:] == REF["names"]
    assert message_of(err.value).startswith("Model resnet19_v1 is not supported.")


def test_get_model_name_is_case_insensitive():
    net = vision.get_model("MobileNet0.25", classes=3)
    assert isinstance(net, vision.MobileNet) and net.prefix == f"{net.name}_"
    assert net.output._units == 3


@pytest.mark.parametrize("factory, cls, prefix", [
    (vision.resnet50_v1, vision.ResNetV1, "resnetv1"), (vision.resnet152_v2, vision.ResNetV2, "resnetv2"),
    (vision.vgg19_bn, vision.VGG, "vgg"), (vision.squeezenet1_0, vision.SqueezeNet, "squeezenet"),
    (vision.mobilenet_v2_1_0, vision.MobileNetV2, "mobilenetv2"), (vision.densenet201, vision.DenseNet, "densenet"),
    (vision.inception_v3, vision.Inception3, "inception3"), (vision.alexnet, vision.AlexNet, "alexnet")])
def test_constructors_build_their_class_without_shapes(factory, cls, prefix):
    net = factory(classes=7)
    assert type(net) is cls and net.prefix.startswith(prefix)


def test_resnet_blocks_and_getter_validate_like_mxnet():
    assert isinstance(vision.get_resnet(2, 50).features[5][0], vision.BottleneckV2)
    assert isinstance(vision.get_resnet(1, 34).features[4][0], vision.BasicBlockV1)
    with pytest.raises(AssertionError, match="Invalid number of layers: 19"):
        vision.get_resnet(1, 19)
    with pytest.raises(AssertionError, match="Invalid resnet version: 3"):
        vision.get_resnet(3, 18)
    with pytest.raises(AssertionError, match="^$"):           # MXNet's bare assertions
        vision.ResNetV1(vision.BasicBlockV1, [2], [16, 32, 64])
    with pytest.raises(AssertionError, match="^$"):
        vision.ResNetV2(vision.BasicBlockV2, [2, 2], [16, 32])
    with pytest.raises(AssertionError, match="^$"):
        vision.VGG([1, 1], [4])


def test_bottleneck_v1_keeps_the_bias_of_its_first_convolution():
    stage = mx.gluon.nn.HybridSequential(prefix="p_")
    with stage.name_scope():     # as in MXNet, a block names its layers in the enclosing scope
        stage.add(vision.BottleneckV1(64, 1, downsample=True, in_channels=32, prefix=""))
    stage.initialize()
    stage(mx.nd.ones((1, 32, 4, 4)))
    names = list(stage.collect_params().keys())
    assert names[:2] == ["p_conv0_weight", "p_conv0_bias"]
    assert "p_conv1_bias" not in names and "p_conv3_weight" in names


@pytest.fixture
def refused_repo(monkeypatch):
    """A model repository that refuses connections: every download fails at once."""
    monkeypatch.setenv("MXNET_GLUON_REPO", "http://127.0.0.1:1")


def test_pretrained_without_a_local_file_downloads_it_with_retries(tmp_path, refused_repo, capsys):
    with pytest.raises(ConnectionError):
        vision.resnet18_v1(pretrained=True, root=str(tmp_path))
    tries = [line for line in capsys.readouterr().out.splitlines() if line.startswith("Downloading")]
    assert len(tries) == 5
    assert tries[0].startswith("Downloading " + os.path.join(str(tmp_path), "resnet18_v1-a0666292.zip"))
    assert tries[0].endswith(" from http://127.0.0.1:1/gluon/models/resnet18_v1-a0666292.zip...")
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("name, file", [("mobilenet0.5", "mobilenet0.5-8e9d539c"),
                                        ("mobilenetv2_0.25", "mobilenetv2_0.25-ae8f9392"),
                                        ("vgg11_bn", "vgg11_bn-ee79a809"), ("squeezenet1.1", "squeezenet1.1-33ba0f93")])
def test_pretrained_file_names_follow_mxnet(tmp_path, refused_repo, capsys, name, file):
    with pytest.raises(ConnectionError):
        vision.get_model(name, pretrained=True, root=str(tmp_path))
    assert f"/gluon/models/{file}.zip..." in capsys.readouterr().out


def test_pretrained_loads_only_a_parameter_file_with_the_published_sha1(built, tmp_path, refused_repo, capsys):
    source, x = built("resnet18_v1")
    planted = tmp_path / "resnet18_v1-a0666292.params"
    source.save_parameters(str(planted))
    with pytest.raises(ConnectionError):        # downloaded again, as MXNet does
        vision.resnet18_v1(pretrained=True, root=str(tmp_path), thumbnail=True, classes=10)
    assert "Downloading" in capsys.readouterr().out
    digest = hashlib.sha1(planted.read_bytes()).hexdigest()
    with pytest.MonkeyPatch.context() as mp:
        mp.setitem(model_store._model_sha1, "resnet18_v1", digest)
        planted.rename(tmp_path / f"resnet18_v1-{digest[:8]}.params")
        net = vision.resnet18_v1(pretrained=True, root=str(tmp_path), thumbnail=True, classes=10)
    assert "Downloading" not in capsys.readouterr().out
    np.testing.assert_array_equal(net(x).asnumpy(), source(x).asnumpy())


def test_pretrained_root_is_created_before_the_download(tmp_path, refused_repo):
    root = tmp_path / "a" / "b"
    with pytest.raises(ConnectionError):
        vision.alexnet(pretrained=True, root=str(root))
    assert os.listdir(root) == []


def test_resnet_version_is_compared_as_a_number():
    with pytest.raises(TypeError):
        vision.get_resnet("1", 18)
    with pytest.raises(AssertionError, match="version"):
        vision.get_resnet(3, 18)


def test_model_store_rejects_unknown_models_and_purges_params(tmp_path):
    with pytest.raises(ValueError, match="Pretrained model for foo is not available"):
        model_store.get_model_file("foo", root=str(tmp_path))
    (tmp_path / "a.params").write_bytes(b"x")
    (tmp_path / "keep.txt").write_bytes(b"x")
    model_store.purge(str(tmp_path))
    assert os.listdir(tmp_path) == ["keep.txt"]


@pytest.mark.parametrize("hybridize", [False, True])
def test_mobilenet_v2_refuses_numpy_arrays_as_mxnet_legacy_clip_does(hybridize):
    made_outside = vision.mobilenet_v2_0_25(classes=3)      # its convolutions look up legacy operator names
    made_outside.initialize()
    if hybridize:
        made_outside.hybridize()
    mx.npx.set_np()
    try:
        with pytest.raises(ValueError if not hybridize else AttributeError,
                           match="module 'mxnet.symbol.numpy_extension' has no attribute 'Convolution'"):
            made_outside(mx.np.ones((1, 3, 32, 32)))
        net = vision.mobilenet_v2_0_25(classes=3)
        net.initialize()
        if hybridize:
            net.hybridize()
        with pytest.raises(TypeError, match="clip"):
            net(mx.np.ones((1, 3, 32, 32)))
        v1 = vision.mobilenet0_25(classes=3)            # relu activations: MXNet runs it under npx.set_np()
        v1.initialize()
        assert v1(mx.np.ones((1, 3, 32, 32))).shape == (1, 3)
    finally:
        mx.npx.reset_np()


def test_residual_sums_keep_mxnets_operand_order_in_the_graph():
    # BottleneckV1 adds body + shortcut, BasicBlockV1 shortcut + body: the graph (and exported JSON) follows
    for block, body_first in ((vision.BottleneckV1(8, 1, downsample=True), True),
                              (vision.BasicBlockV1(8, 1, downsample=True), False)):
        names = block(mx.sym.var("data")).list_arguments()
        body, shortcut = names.index(block.body[0].weight.name), names.index(block.downsample[0].weight.name)
        assert (body < shortcut) == body_first


def test_get_resnet_compares_and_indexes_its_version_as_mxnet():
    with pytest.raises(TypeError, match="'>=' not supported between instances of 'str' and 'int'"):
        vision.get_resnet("1", 18)
    with pytest.raises(TypeError, match="list indices must be integers or slices, not float"):
        vision.get_resnet(1.0, 18)                      # a float version passes the range check, then indexes
    with pytest.raises(TypeError, match="%d format"):
        vision.get_resnet(1, "18")                      # the depth check's message formats it with %d
    with pytest.raises(AssertionError, match=r"^Invalid resnet version: 3\. Options are 1 and 2\.$"):
        vision.get_resnet(3, 18)


def test_convolution_channels_given_as_text_are_read_as_mxnets_operator_reads_them():
    conv = mx.gluon.nn.Conv2D(" 3", 1, in_channels=2)
    assert conv.weight.shape == (3, 2, 1, 1) and repr(conv).startswith("Conv2D(2 -> 3,")
    net = vision.get_model("squeezenet1.1", classes="4")
    assert list(net.collect_params().values())[-1].shape == (4,)
    with pytest.raises(MXNetError, match="num_filter expect int"):
        mx.gluon.nn.Conv2D("3.0", 1)
