"""Gluon behaviour measured against MXNet 1.9.1: exception types, names, reprs and values."""
import os

import numpy as np
import pytest

import distnet as mx
from distnet import gluon
from distnet.base import MXNetError, message_of
from distnet.gluon import nn


# ---- exception types: MXNet asserts in Parameter / ParameterDict / load_parameters -----------------
@pytest.mark.parametrize("bad", [
    lambda: gluon.Parameter("w", shape=(2, 2), stype="foo"),
    lambda: setattr(gluon.Parameter("w", shape=(2, 3)), "grad_req", "foo"),
    lambda: setattr(gluon.Parameter("w", shape=(2, 3)), "shape", (4, 3)),
    lambda: gluon.Parameter("w", shape=(2, 3)).set_data(mx.nd.ones((2, 3))),
])
def test_parameter_checks_raise_assertion_error(bad):
    with pytest.raises(AssertionError) as info:
        bad()
    assert type(info.value).__name__ == "AssertionError"
    assert isinstance(info.value, MXNetError)


def test_parameter_dict_checks_raise_assertion_error():
    pd = gluon.ParameterDict("blk_")
    pd.get("a", shape=(2, 3))
    for bad in (lambda: pd.get("a", shape=(3, 3)), lambda: pd.get("a", dtype="float64"),
                lambda: pd.get("a", lr_mult=2.0)):
        with pytest.raises(AssertionError):
            bad()
    other = gluon.ParameterDict("blk_")
    other.get("a", shape=(2, 3))
    with pytest.raises(AssertionError):
        pd.update(other)
    with pytest.raises(TypeError):       # MXNet's ParameterDict has no len()
        len(pd)


class _Two(gluon.HybridBlock):
    def __init__(self, **kw):
        super().__init__(**kw)
        with self.name_scope():
            self.d1 = nn.Dense(4, in_units=3)
            self.extra = self.params.get("extra", shape=(2,))

    def hybrid_forward(self, F, x, extra):
        return self.d1(x)


class _One(gluon.HybridBlock):
    def __init__(self, **kw):
        super().__init__(**kw)
        with self.name_scope():
            self.d1 = nn.Dense(4, in_units=3)

    def hybrid_forward(self, F, x):
        return self.d1(x)


def test_load_parameters_missing_and_extra(tmp_path):
    two, one = _Two(), _One()
    two.initialize()
    one.initialize()
    big, small = str(tmp_path / "two.params"), str(tmp_path / "one.params")
    two.save_parameters(big)
    one.save_parameters(small)
    with pytest.raises(ValueError) as info:
        one.load_parameters(big)
    assert type(info.value).__name__ == "ValueError"
    # MXNet names the block's own parameters (none here), not its children's
    assert message_of(info.value) == (f"Parameter 'extra' loaded from file '{big}' is not present in ParameterDict, "
                               "which contains parameters . Set ignore_extra=True to ignore. ")
    with pytest.raises(AssertionError) as info:
        _Two().load_parameters(small)
    assert type(info.value).__name__ == "AssertionError"
    assert message_of(info.value) == (f"Parameter 'extra' is missing in file '{small}', which contains parameters: "
                               "'d1.weight', 'd1.bias'. Set allow_missing=True to ignore missing parameters.")
    one.load_parameters(big, ignore_extra=True)
    _Two().load_parameters(small, allow_missing=True)


# ---- vision transforms: crop/resize values from MXNet 1.9.1 -------------------------------------------
# MXNet 1.9.1 outputs on IMG = RandomState(5).randint(0, 256, (5, 7, 3)) as uint8 (OpenCV-rounded bilinear)
_VISION_REF = {
    'resize':
    ((3, 4, 3), [142, 186, 160, 131, 116, 34, 161, 162, 148, 177, 102, 158, 209, 66, 112, 14, 203, 129, 170,
        44, 40, 66, 157, 106, 115, 95, 124, 163, 78, 75, 117, 164, 169, 144, 180, 148]),
    'resize_up':
    ((8, 9, 3), [99, 206, 239, 159, 222, 158, 169, 160, 69, 162, 108, 48, 228, 231, 190, 171, 138, 165, 184,
        54, 183, 186, 42, 196, 143, 113, 181, 157, 151, 146, 136, 196, 152, 118, 174, 94, 134, 129, 49, 221,
        167, 161, 167, 173, 146, 165, 105, 136, 179, 82, 141, 182, 147, 158, 230, 81, 34, 112, 155, 141, 57,
        185, 124, 93, 158, 56, 206, 91, 124, 161, 207, 117, 137, 164, 74, 161, 133, 70, 225, 191, 130, 216,
        96, 107, 176, 77, 105, 95, 125, 102, 47, 185, 102, 142, 140, 111, 163, 107, 71, 99, 88, 48, 78, 121,
        73, 145, 204, 141, 150, 106, 176, 172, 58, 108, 117, 105, 107, 44, 191, 137, 79, 186, 93, 143, 102,
        82, 95, 77, 63, 68, 115, 71, 120, 194, 111, 30, 112, 239, 103, 100, 149, 123, 124, 141, 83, 176, 160,
        17, 231, 69, 103, 193, 150, 125, 131, 119, 133, 113, 64, 152, 160, 40, 130, 97, 183, 88, 97, 98, 113,
        92, 70, 138, 96, 93, 26, 129, 110, 106, 165, 162, 147, 147, 142, 153, 150, 124, 134, 201, 145, 217,
        85, 135, 83, 91, 54, 106, 66, 12, 178, 34, 39, 38, 47, 144, 112, 136, 166, 163, 156, 155, 164, 179,
        171, 118, 235, 232]),
    'keep_f':
    [142.125, 185.625, 160.08299255371094, 130.79200744628906, 116.45800018310547, 34.45800018310547,
        160.83299255371094, 162.25, 148.5, 177.25, 101.66699981689453, 158.41700744628906, 208.5, 66.25,
        111.75, 13.75, 202.5, 128.625, 170.375, 44.125, 40.25, 66.375, 157.375, 106.125, 115.04199981689453,
        94.95800018310547, 124.29199981689453, 162.58299255371094, 77.875, 75.45800018310547, 117.375, 164.5,
        169.08299255371094, 144.58299255371094, 180.0, 148.54200744628906],
    'cc':
    ((3, 3, 3), [65, 175, 30, 212, 86, 125, 146, 254, 121, 0, 208, 132, 110, 164, 105, 179, 27, 31, 109, 158,
        190, 11, 235, 67, 124, 193, 183]),
    'cc_up':
    ((6, 8, 3), [99, 206, 239, 155, 221, 163, 172, 171, 77, 154, 93, 31, 217, 211, 167, 182, 157, 170, 175,
        73, 175, 208, 7, 204, 198, 112, 80, 124, 174, 144, 82, 188, 123, 101, 146, 39, 199, 126, 127, 174,
        182, 134, 150, 167, 112, 155, 81, 82, 219, 93, 95, 169, 90, 110, 97, 128, 108, 43, 186, 92, 137, 139,
        110, 160, 125, 85, 125, 107, 57, 58, 84, 39, 130, 107, 186, 159, 68, 119, 127, 98, 108, 48, 188, 148,
        66, 193, 97, 123, 132, 92, 118, 89, 79, 56, 77, 54, 68, 106, 218, 91, 101, 134, 117, 109, 107, 121,
        134, 137, 32, 180, 94, 85, 186, 145, 133, 156, 148, 145, 106, 94, 217, 85, 135, 91, 91, 59, 92, 70,
        12, 195, 33, 26, 60, 45, 127, 97, 119, 162, 153, 158, 161, 187, 152, 141]),
    'cr':
    ((5, 5, 3), [206, 5, 58, 62, 147, 110, 55, 186, 118, 131, 123, 83, 179, 27, 31, 177, 43, 78, 84, 144, 132,
        57, 190, 122, 96, 163, 90, 157, 93, 92, 135, 100, 108, 117, 141, 165, 60, 197, 129, 45, 222, 102, 124,
        193, 183, 63, 96, 51, 141, 86, 72, 101, 102, 97, 58, 138, 132, 129, 174, 177, 16, 94, 14, 157, 50, 10,
        128, 39, 76, 66, 81, 153, 133, 162, 173]),
}

_IMG = np.random.RandomState(5).randint(0, 256, (5, 7, 3)).astype("uint8")


@pytest.mark.parametrize("name, make", [
    ("resize", lambda T: T.Resize((4, 3))),
    ("resize_up", lambda T: T.Resize((9, 8))),
    ("cc", lambda T: T.CenterCrop(3)),
    ("cc_up", lambda T: T.CenterCrop((8, 6))),
    ("cr", lambda T: T.CropResize(1, 2, 4, 3, size=(5, 5), interpolation=1)),
])
def test_vision_crop_resize_uint8(name, make):
    out = make(gluon.data.vision.transforms)(mx.nd.array(_IMG, dtype="uint8"))
    shape, values = _VISION_REF[name]
    assert out.shape == shape and out.dtype == np.uint8
    assert out.asnumpy().ravel().tolist() == values


def test_vision_resize_keep_ratio_float():
    T = gluon.data.vision.transforms
    out = T.Resize(3, keep_ratio=True)(mx.nd.array(_IMG, dtype="float32"))
    assert out.shape == (3, 4, 3) and out.dtype == np.float32
    np.testing.assert_allclose(out.asnumpy().ravel(), _VISION_REF["keep_f"], atol=1e-3)


def test_vision_batch_and_random_transforms():
    T = gluon.data.vision.transforms
    batch = mx.nd.array(np.stack([_IMG, _IMG[::-1]]), dtype="uint8")
    out = T.Resize((4, 3))(batch)
    assert out.shape == (2, 3, 4, 3)
    assert out[0].asnumpy().ravel().tolist() == _VISION_REF["resize"][1]
    x = mx.nd.array(_IMG, dtype="uint8")
    flips = {tuple(T.RandomFlipLeftRight()(x).asnumpy()[0, :, 0]) for _ in range(30)}
    mirrored = _IMG[0, ::-1, 0].copy()
    mirrored[len(mirrored) // 2] = 0        # an odd width's middle column: MXNet's kernel never writes it
    assert flips == {tuple(_IMG[0, :, 0]), tuple(mirrored)}
    assert T.RandomResizedCrop(4)(x).shape == (4, 4, 3)
    for t in (T.RandomBrightness(0.3), T.RandomContrast(0.3), T.RandomSaturation(0.3), T.RandomHue(0.1),
              T.RandomColorJitter(0.1, 0.1, 0.1, 0.1), T.RandomLighting(0.1)):
        y = t(x)
        assert y.shape == x.shape and y.dtype == np.uint8
    assert T.RandomBrightness(0.0)(x).asnumpy().tolist() == _IMG.tolist()
    assert repr(T.RandomApply(T.Cast(), 0.5)) == "RandomApply(\n  (transforms): Cast(\n  \n  )\n)"
    with pytest.raises(MXNetError):
        T.CropResize(1, 1, 3, 2, size=(4, 4))(x)


def test_dataset_checks_raise_assertion_error():
    data = gluon.data
    with pytest.raises(AssertionError):
        data.ArrayDataset(np.zeros((4, 2)), np.zeros(3))
    with pytest.raises(AssertionError):
        data.SimpleDataset([1, 2, 3]).shard(2, 2)
    assert [list(data.SimpleDataset(list(range(10))).shard(3, i)) for i in range(3)] == \
        [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]]


@pytest.mark.parametrize("bad", [
    lambda: nn.LeakyReLU(-0.1), lambda: nn.Conv1D(2, 3, layout="NWC"), lambda: nn.Conv1D(2, (3, 3)),
    lambda: nn.Conv2D(2, 3, layout="NCW"), lambda: nn.Conv2DTranspose(2, 3, output_padding=(1, 1, 1)),
    lambda: nn.MaxPool2D(layout="NCW"), lambda: nn.MaxPool2D(pool_size=(2, 2, 2)),
    lambda: nn.ReflectionPad2D((1, 2)), lambda: nn.Lambda("notanop"), lambda: nn.HybridLambda("notanop"),
])
def test_layer_argument_checks_raise_assertion_error(bad):
    with pytest.raises(AssertionError):
        bad()


def test_api_surface():
    assert nn.SymbolBlock is gluon.SymbolBlock
    assert repr(nn.MaxPool1D(layout="NWC")) == ("MaxPool1D(size=(2,), stride=(2,), padding=(0,), ceil_mode=False, "
                                                "global_pool=False, pool_type=max, layout=NWC)")
    assert gluon.utils.is_np_array() is False
    assert callable(gluon.utils.replace_file)


def test_symbol_block_from_gluon_symbol_with_shared_params():
    net = nn.HybridSequential(prefix="m_")
    with net.name_scope():
        net.add(nn.Dense(3, in_units=8))
    net.initialize(mx.init.One())
    sym = net(mx.sym.var("data"))
    sb = gluon.SymbolBlock(sym, mx.sym.var("data"), params=net.collect_params())
    assert sb.prefix == "" and sb.name.startswith("symbolblock")
    assert sb(mx.nd.ones((1, 8))).asnumpy().tolist() == [[8.0, 8.0, 8.0]]
    assert sb.collect_params()["m_dense0_weight"] is net[0].weight
    assert repr(sb) == "SymbolBlock(\n<Symbol m_dense0_fwd> : 1 -> 1\n)"


def test_infer_type_checks_parameter_dtypes():
    d = nn.Dense(3, in_units=2)
    assert d.infer_type(mx.nd.ones((1, 2))) is None
    with pytest.raises(MXNetError):          # MXNet: float64 input against float32 weight fails
        d.infer_type(mx.nd.ones((1, 2), dtype="float64"))


def test_loss_argument_checks_raise_assertion_error():
    for bad in (lambda: gluon.loss.CTCLoss(layout="XYZ"), lambda: gluon.loss.CTCLoss(label_layout="XY"),
                lambda: gluon.loss.L1Loss(weight="2")(mx.nd.ones((2, 2)), mx.nd.zeros((2, 2)))):
        with pytest.raises(AssertionError):
            bad()
    with pytest.raises(ValueError):          # MXNet raises ValueError here
        gluon.loss.LogisticLoss(label_format="foo")


# MXNet 1.9.1: Rotate on RandomState(1).uniform(0, 1, (2, 5, 6)) float32, rounded to 4 decimals
_ROT_30 = (
    [0.0086, 0.0315, 0.2962, 0.297, 0.6299, 0.2076, 0.5925, 0.2792, 0.4418, 0.5154, 0.4641, 0.5093, 0.3094,
     0.4437, 0.1544, 0.7098, 0.4508, 0.5843, 0.1649, 0.6191, 0.4845, 0.7795, 0.3447, 0.2535, 0.0581, 0.1554,
     0.5286, 0.1504, 0.025, 0.0023, 0.0108, 0.4519, 0.5478, 0.8323, 0.7897, 0.1717, 0.3252, 0.592, 0.4662,
     0.7744, 0.747, 0.2362, 0.6037, 0.6658, 0.1116, 0.4773, 0.4331, 0.3513, 0.3643, 0.5838, 0.1952, 0.3147,
     0.3789, 0.537, 0.0951, 0.2583, 0.106, 0.53, 0.1205, 0.0079])
_ROT_ZO = (
    [0.0, 0.0, 0.2522, 0.1687, 0.0, 0.0, 0.0, 0.1269, 0.5266, 0.1615, 0.0736, 0.0, 0.1643, 0.646, 0.4553,
     0.5891, 0.2508, 0.0173, 0.0, 0.0314, 0.3571, 0.401, 0.4712, 0.0, 0.0, 0.0, 0.069, 0.6098, 0.0, 0.0,
     0.0, 0.0, 0.2282, 0.0932, 0.0, 0.0, 0.0, 0.2134, 0.7677, 0.6259, 0.1353, 0.0, 0.0922, 0.1312, 0.0756,
     0.6311, 0.7465, 0.0592, 0.0, 0.137, 0.3392, 0.4882, 0.4077, 0.0, 0.0, 0.0, 0.1515, 0.4108, 0.0, 0.0])


def test_vision_rotate_matches_mxnet():
    T = gluon.data.vision.transforms
    img = mx.nd.array(np.random.RandomState(1).uniform(0, 1, (2, 5, 6)))
    np.testing.assert_allclose(T.Rotate(30)(img).asnumpy().ravel(), _ROT_30, atol=1e-4)
    np.testing.assert_allclose(T.Rotate(-45, zoom_out=True)(img).asnumpy().ravel(), _ROT_ZO, atol=1e-4)
    batch = T.Rotate(30)(mx.nd.stack(img, img))
    np.testing.assert_allclose(batch.asnumpy()[1].ravel(), _ROT_30, atol=1e-4)
    with pytest.raises(TypeError):
        T.Rotate(15)(img.astype("uint8"))
    with pytest.raises(ValueError):
        T.Rotate(30, zoom_in=True, zoom_out=True)(img)
    with pytest.raises(ValueError):
        T.RandomRotation((20, -20))
    assert T.RandomRotation((-20, 20), rotate_with_proba=0.0)(img) is img


# MXNet 1.9.1 after mx.random.seed(0), image = arange(18).reshape(2, 3, 3) * 10: first channel-row of two calls
_RAND_FLIPS = (
    [1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 1])
_RAND_BRIGHT_U8 = (
    [[94, 104, 115, 125, 136, 146, 157, 167, 178], [98, 109, 120, 131, 142, 152, 163, 174, 185]])
_RAND_CONTRAST = (
    [[-4.059, 6.429, 16.917, 27.406, 37.894, 48.382, 58.87, 69.358, 79.846], [-7.72, 3.208, 14.137, 25.065,
     35.994, 46.922, 57.851, 68.779, 79.708]])
_RAND_SAT = (
    [[-0.111, 10.377, 20.865, 31.186, 41.674, 52.162, 62.484, 72.972, 83.46], [-0.212, 10.717, 21.645,
     32.256, 43.185, 54.113, 64.724, 75.652, 86.581]])
_RAND_HUE = (
    [[0.0, 6.485, 20.0, 30.0, 36.485, 50.0, 60.0, 66.485, 80.0], [0.0, 3.315, 20.0, 30.0, 33.315, 50.0,
     60.0, 63.315, 80.0]])
_RAND_JITTER = (
    [[-2.847, -0.993, 23.462, 36.355, 38.209, 62.664, 75.558, 77.411, 101.867], [10.582, 20.805, 28.365,
     37.483, 47.706, 55.266, 64.384, 74.607, 82.167]])


def _seeded(make, img, calls=2, row=0):
    mx.random.seed(0)
    t = make()
    return [t(img).asnumpy()[row].ravel().tolist() for _ in range(calls)]


def test_random_colour_transforms_draw_as_mxnet():
    T = gluon.data.vision.transforms
    img = mx.nd.array(np.arange(18).reshape(2, 3, 3) * 10, dtype="uint8")
    fimg = img.astype("float32")
    mx.random.seed(0)
    flip = T.RandomFlipLeftRight()
    assert [int(flip(img).asnumpy()[0, 0, 0] != 0) for _ in range(16)] == _RAND_FLIPS
    assert _seeded(lambda: T.RandomBrightness(0.5), img, row=1) == _RAND_BRIGHT_U8   # uint8 truncates
    for make, ref in ((lambda: T.RandomContrast(0.5), _RAND_CONTRAST),
                      (lambda: T.RandomSaturation(0.5), _RAND_SAT),
                      (lambda: T.RandomHue(0.3), _RAND_HUE)):
        np.testing.assert_allclose(_seeded(make, fimg), ref, atol=2e-3)
    mx.random.seed(0)
    np.random.seed(0)
    jitter = T.RandomColorJitter(0.3, 0.3, 0.3, 0.1)
    got = [jitter(fimg).asnumpy()[0].ravel().tolist() for _ in range(2)]
    np.testing.assert_allclose(got, _RAND_JITTER, atol=2e-3)


# MXNet 1.9.1 on _IMG: bicubic (interp 2) and area (interp 3) resizes, RandomResizedCrop(3) after random.seed(0)
_INTERP_REF = {
    'cubic':
        [140, 198, 171, 134, 102, 16, 157, 181, 155, 187, 93, 160, 222, 54, 108, 0, 219, 135, 186, 38,
        38, 56, 162, 108, 100, 99, 127, 181, 70, 75, 111, 177, 183, 152, 178, 145],
    'cubic_up':
        [85, 211, 255, 169, 244, 168, 179, 147, 37, 161, 89, 34, 229, 239, 193, 167, 146, 167, 189, 25,
        190, 195, 24, 209, 133, 116, 182, 213, 98, 54],
    'area':
        [144, 153, 124, 153, 152, 109, 155, 117, 128, 121, 93, 119, 95, 138, 118, 130, 154, 120],
    'area_up':
        [99, 206, 239, 163, 223, 153, 170, 163, 71, 156, 96, 34, 228, 231, 190, 165, 129, 163, 185, 52,
        184, 189, 37, 197, 143, 113, 181, 152, 155, 154],
    'rrc':
        [129, 164, 81, 187, 171, 157, 178, 89, 157, 103, 107, 95, 145, 96, 68, 54, 140, 93, 118, 85, 57,
        79, 141, 147, 149, 170, 143],
}


@pytest.mark.parametrize("name, make", [
    ("cubic", lambda T: T.Resize((4, 3), interpolation=2)),
    ("cubic_up", lambda T: T.Resize((9, 6), interpolation=2)),
    ("area", lambda T: T.Resize((3, 2), interpolation=3)),
    ("area_up", lambda T: T.Resize((9, 8), interpolation=3)),
])
def test_vision_resize_cubic_and_area_uint8(name, make):
    out = make(gluon.data.vision.transforms)(mx.nd.array(_IMG, dtype="uint8"))
    ref = _INTERP_REF[name]
    assert out.asnumpy().ravel()[:len(ref)].tolist() == ref


def test_random_resized_crop_uses_python_random_and_bilinear():
    import random
    random.seed(0)
    out = gluon.data.vision.transforms.RandomResizedCrop(3)(mx.nd.array(_IMG, dtype="uint8"))
    assert out.shape == (3, 3, 3)
    assert out.asnumpy().ravel().tolist() == _INTERP_REF["rrc"]


def test_rnn_argument_checks_raise_assertion_error():
    rnn = gluon.rnn
    cell = rnn.LSTMCell(3, input_size=2)
    cell.initialize()
    rnn.ZoneoutCell(cell, 0.1)
    for bad in (lambda: rnn.LSTM(3, layout="XYZ"), lambda: rnn.DropoutCell("a"),
                lambda: cell.unroll(3, mx.nd.ones((2, 2, 2))),
                lambda: cell(mx.nd.ones((2, 2)), cell.begin_state(2)),   # modified by ZoneoutCell
                lambda: rnn.ZoneoutCell(cell, 0.1)):
        with pytest.raises(AssertionError):
            bad()


def test_contrib_lstmp_cell_matches_mxnet():
    C = gluon.contrib.rnn
    x = mx.nd.array(np.random.RandomState(0).uniform(-1, 1, (2, 3, 4)))
    cell = C.LSTMPCell(5, 3, input_size=4)
    assert repr(cell) == "LSTMPCell(4 -> 20 -> 3)" and repr(C.LSTMPCell(5, 3)) == "LSTMPCell(None -> 20 -> 3)"
    assert cell.state_info(2) == [{"shape": (2, 3), "__layout__": "NC"}, {"shape": (2, 5), "__layout__": "NC"}]
    mx.random.seed(0)
    cell.initialize(mx.init.Uniform(0.5))
    out, (r, c) = cell.unroll(3, x, merge_outputs=True)
    assert out.shape == (2, 3, 3) and r.shape == (2, 3) and c.shape == (2, 5)
    np.testing.assert_allclose(out.asnumpy().ravel()[:6], [0.0577, 0.0598, -0.0766, 0.0505, 0.0456, -0.0539],
                               atol=1e-4)
    np.testing.assert_allclose(c.asnumpy().sum(), -0.0725, atol=1e-4)


def test_contrib_variational_dropout_cell_matches_mxnet():
    C = gluon.contrib.rnn
    x = mx.nd.array(np.random.RandomState(0).uniform(-1, 1, (2, 3, 4)))
    cell = C.VariationalDropoutCell(gluon.rnn.GRUCell(3, input_size=4), drop_inputs=0.3, drop_outputs=0.4)
    assert repr(cell) == "VariationalDropoutCell(p_out = 0.4, p_state = 0.0)"
    mx.random.seed(3)
    cell.initialize(mx.init.Uniform(0.5))
    with mx.autograd.record():
        mx.random.seed(4)
        out, (h,) = cell.unroll(3, x, merge_outputs=True)
    np.testing.assert_allclose(out.asnumpy().ravel()[:6], [-0.0158, -0.0689, 0.0, -0.1614, -0.3296, 0.0], atol=1e-4)
    np.testing.assert_allclose(h.asnumpy().sum(), -1.2177, atol=1e-4)
    with pytest.raises(AssertionError):
        C.VariationalDropoutCell(gluon.rnn.BidirectionalCell(gluon.rnn.GRUCell(2), gluon.rnn.GRUCell(2)),
                                 drop_states=0.5)


def test_contrib_sync_batch_norm_and_sparse_embedding_reprs():
    C = gluon.contrib.nn
    with pytest.warns(UserWarning, match="Caution using SyncBatchNorm"):
        default = C.SyncBatchNorm()
    assert repr(default) == ("SyncBatchNorm(eps=1e-05, momentum=0.9, fix_gamma=False, use_global_stats=False, "
                             f"ndev=1, key='{default.prefix}', in_channels=None)")
    two = C.SyncBatchNorm(num_devices=2, in_channels=3, momentum=0.5, scale=False)
    assert "momentum=0.5, fix_gamma=True, use_global_stats=False, ndev=2" in repr(two)
    assert repr(two).endswith("in_channels=3)")
    emb = C.SparseEmbedding(5, 3)
    assert repr(emb) == "SparseEmbedding(5 -> 3, float32)"
    emb.initialize(mx.init.One())
    with pytest.raises(RuntimeError, match="no Trainer is created"):      # its row_sparse weight lives in a kvstore
        emb(mx.nd.array([0, 2]))
    mx.gluon.Trainer(emb.collect_params(), "sgd")
    assert emb(mx.nd.array([0, 2])).shape == (2, 3)


def test_summary_and_dedup_with_a_block_added_twice(tmp_path, capsys):
    shared = nn.Dense(4, in_units=4)
    net = nn.HybridSequential()
    net.add(shared, nn.Dense(4, in_units=4, params=shared.params), shared)
    net.initialize()
    net.summary(mx.nd.ones((1, 4)))
    text = capsys.readouterr().out
    assert [ln.split()[0] for ln in text.splitlines() if ln.strip().startswith("Dense-")] == \
        ["Dense-1", "Dense-2", "Dense-3", "Dense-4", "Dense-5"]          # MXNet hooks the shared block twice
    assert "   Total params: 100\n" in text and "Shared params in forward computation graph: 80\n" in text
    path = str(tmp_path / "dedup.params")
    net.save_parameters(path, deduplicate=True)
    assert sorted(mx.nd.load(path).keys()) == ["2.bias", "2.weight"]   # the last path of the shared weights
    net.hybridize()
    with pytest.raises(AssertionError):
        net.summary(mx.nd.ones((1, 4)))


def test_contrib_conv_rnn_cells_match_mxnet():
    C = gluon.contrib.rnn
    cell = C.Conv2DLSTMCell((3, 5, 5), 4, 3, 3)
    assert repr(cell) == "Conv2DLSTMCell(3 -> 16, tanh, NCHW)" and cell.prefix.startswith("conv_lstm")
    assert cell.state_info(2) == [{"shape": (2, 4, 3, 3), "__layout__": "NCHW"}] * 2
    assert [v.shape for v in cell.collect_params().values()] == [(16, 3, 3, 3), (16, 4, 3, 3), (16,), (16,)]
    mx.random.seed(0)
    cell.initialize(mx.init.Uniform(0.3))
    x = mx.nd.array(np.random.RandomState(1).uniform(-1, 1, (2, 3, 3, 5, 5)))
    out, (h, c) = cell.unroll(3, x, merge_outputs=True)
    assert out.shape == (2, 3, 4, 3, 3)
    np.testing.assert_allclose(out.asnumpy().ravel()[:4], [0.0445, -0.0467, -0.0096, -0.0943], atol=1e-4)
    np.testing.assert_allclose(h.asnumpy().sum(), 1.265, atol=2e-3)
    gru = C.Conv3DGRUCell((1, 4, 4, 4), 2, (3, 3, 3), (1, 1, 1))
    assert gru.state_info(2) == [{"shape": (2, 2, 2, 2, 2), "__layout__": "NCDHW"}]
    mx.random.seed(0)
    gru.initialize(mx.init.Uniform(0.3))
    x = mx.nd.array(np.random.RandomState(1).uniform(-1, 1, (2, 2, 1, 4, 4, 4)))
    out, (h,) = gru.unroll(2, x, merge_outputs=True)
    np.testing.assert_allclose(out.asnumpy().ravel()[:3], [-0.3083, -0.0385, 0.232], atol=1e-4)
    np.testing.assert_allclose(h.asnumpy().sum(), -1.836, atol=2e-3)
    with pytest.raises(AssertionError):
        C.Conv2DLSTMCell((3, 5, 5), 4, 3, 2)          # even h2h kernel


def test_contrib_interval_sampler():
    S = gluon.contrib.data.IntervalSampler
    assert list(S(10, 3)) == [0, 3, 6, 9, 1, 4, 7, 2, 5, 8] and len(S(10, 3)) == 10
    assert list(S(10, 3, rollover=False)) == [0, 3, 6, 9] and len(S(10, 3, rollover=False)) == 10
    with pytest.raises(AssertionError):
        S(3, 4)


def test_default_batchify_rejects_objects_and_strings_with_key_error():
    from distnet.gluon.data.dataloader import default_batchify_fn
    for samples in ([{"a": 1}], ["ab", "cd"], [None, None]):
        with pytest.raises(KeyError):
            default_batchify_fn(samples)
    batch = default_batchify_fn([[1, 2], [3, 4]])
    assert batch.dtype == np.int64 and batch.asnumpy().tolist() == [[1, 2], [3, 4]]
    loader = gluon.data.DataLoader(gluon.data.ArrayDataset(np.arange(6.0).reshape(3, 2), np.arange(3)),
                                   batch_size=2, last_batch="keep")
    assert [b[1].asnumpy().tolist() for b in loader] == [[0, 1], [2]]


def test_error_texts_as_mxnet():
    d = nn.Dense(3, in_units=2)
    d.initialize()
    with pytest.raises(AssertionError, match=r"^Expected shape \(4, 2\) is incompatible with given shape \(3, 2\)\.$"):
        d.weight.shape = (4, 2)
    with pytest.raises(TypeError, match=r"Dense'>is not allowed\.$"):
        d.weight = nn.Dense(2)


def test_random_image_transforms_take_one_hwc_image():
    T = gluon.data.vision.transforms
    chw = mx.nd.ones((3, 6, 6))
    for t in (T.RandomFlipLeftRight(), T.RandomBrightness(0.1), T.RandomLighting(0.1)):
        with pytest.raises(MXNetError):
            t(chw)                              # channels last must be 1 or 3
        with pytest.raises(MXNetError):
            t(mx.nd.ones((2, 4, 4, 3)))         # no batches, as MXNet's image operators


def _two_dense():
    net = nn.HybridSequential()
    with net.name_scope():
        net.add(nn.Dense(3, in_units=2), nn.Dense(2, in_units=3))
    return net


def test_block_save_and_load_restore_names_and_values(tmp_path):
    import json
    net = _two_dense()
    net.initialize(mx.init.Uniform(1.0))
    prefix = str(tmp_path / "m")
    net.save(prefix)
    model = json.load(open(prefix + "-model.json"))
    top = model[f"hybridsequential{0}"]
    assert top["orig_name"] == net.name and top["hybridized"] is False
    assert top["children"] == {net[0].name: "0", net[1].name: "1"}
    assert sorted(top) == ["children", "dense1", "dense2", "hybridized", "orig_name"]   # MXNet's numbering
    other = _two_dense()
    assert other.name != net.name
    other.load(prefix)
    assert other.name == net.name and other[0].name == net[0].name
    assert list(other[0].params.keys()) == [net[0].name + "_weight", net[0].name + "_bias"]
    x = mx.nd.ones((1, 2))
    np.testing.assert_allclose(other(x).asnumpy(), net(x).asnumpy())
    net.hybridize()
    net(x)
    net.save(prefix)
    top = json.load(open(prefix + "-model.json"))["hybridsequential0"]
    assert top["hybridized"] is True and top["in_format"] == [0] and top["out_format"] == 0


def test_symbol_block_reset_ctx():
    net = nn.Dense(2, in_units=3, prefix="m_")
    net.initialize(mx.init.One())
    sb = gluon.SymbolBlock(net(mx.sym.var("data")), mx.sym.var("data"), params=net.collect_params())
    sb.reset_ctx([mx.cpu(0), mx.cpu(1)])
    assert net.weight.list_ctx() == [mx.cpu(0), mx.cpu(1)]
    assert sb(mx.nd.ones((1, 3))).asnumpy().tolist() == [[3.0, 3.0]]


def test_image_folder_dataset_lists_classes_and_files(tmp_path):
    for path in ("cat/a.jpg", "cat/b.PNG", "cat/c.txt", "dog/z.jpeg"):
        (tmp_path / path).parent.mkdir(exist_ok=True)
        (tmp_path / path).write_bytes(b"")
    (tmp_path / "readme").write_text("x")
    with pytest.warns(UserWarning):
        ds = gluon.data.vision.ImageFolderDataset(str(tmp_path))
    assert ds.synsets == ["cat", "dog"] and len(ds) == 3
    assert [(os.path.relpath(p, tmp_path), label) for p, label in ds.items] == \
        [("cat/a.jpg", 0), ("cat/b.PNG", 0), ("dog/z.jpeg", 1)]
    with pytest.raises(MXNetError):
        ds[0]
