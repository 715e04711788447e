"""nd.image operators: values measured with MXNet 1.9.1, gradients against finite differences."""
import numpy as np
import pytest
from opcheck import Case, run_case

import distnet as mx
from distnet import nd
from distnet.base import MXNetError, message_of

CASES = [
    Case("_image_normalize", (3, 2, 2), mean=(0.1, 0.2, 0.3), std=(1.0, 2.0, 4.0),
         ref=lambda x: (x - np.array([0.1, 0.2, 0.3])[:, None, None]) / np.array([1.0, 2.0, 4.0])[:, None, None]),
    # MXNet's flips pass the head gradient through unflipped: test_image_backward_rules checks that
    # MXNet's flip kernels never write the middle column (row) of an odd width (height): it stays zero
    Case("_image_flip_left_right", (2, 3, 3), ref=lambda x: x[:, ::-1] * np.array([1, 0, 1])[:, None], grad=False),
    Case("_image_flip_top_bottom", (3, 2, 3), ref=lambda x: x[::-1] * np.array([1, 0, 1])[:, None, None], grad=False),
    Case("_image_flip_left_right", (2, 4, 3), ref=lambda x: x[:, ::-1], grad=False),
    Case("_image_crop", (3, 4, 3), x=1, y=0, width=2, height=2, ref=lambda a: a[0:2, 1:3]),
]


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_op(case):
    run_case(case)


def test_to_tensor_and_normalize_match_mxnet():
    x = nd.array(np.arange(18).reshape(2, 3, 3), dtype="uint8")
    t = nd.image.to_tensor(x)
    assert t.shape == (3, 2, 3) and t.dtype == np.float32
    np.testing.assert_allclose(nd.image.normalize(t, mean=(0.1, 0.2, 0.3), std=(1, 2, 4))[2].asnumpy(),
                               [[-0.07303922, -0.07009804, -0.06715687], [-0.06421569, -0.06127451, -0.05833334]],
                               rtol=1e-6)
    assert nd.image.to_tensor(nd.zeros((2, 4, 5, 3), dtype="uint8")).shape == (2, 3, 4, 5)
    assert nd.image.crop(x, 1, 0, 2, 1).asnumpy().tolist() == [[[3, 4, 5], [6, 7, 8]]]


def test_mxnets_shape_checks():
    with pytest.raises(MXNetError, match="1 or 3 elements"):
        nd.image.normalize(nd.zeros((4, 2, 3)), mean=0.5, std=2)
    with pytest.raises(MXNetError, match="height, width, channels"):
        nd.image.flip_left_right(nd.zeros((2, 2, 3, 3)))


def test_adjust_lighting_truncates_uint8_as_mxnet():
    u8 = nd.array([[[100, 50, 20], [250, 3, 7]]], dtype="uint8")
    assert nd.image.adjust_lighting(u8, alpha=(-0.1, 0.2, -0.3)).asnumpy().tolist() == [[[103, 53, 22], [253, 6, 9]]]
    assert nd.image.adjust_lighting(u8, alpha=(0.1, -0.2, 0.3)).asnumpy().tolist() == [[[96, 46, 17], [246, 0, 4]]]


def test_random_saturation_uses_mxnet_gray():
    img = nd.array([[[1, 0, 0], [0, 0, 1]]])
    out = nd.image.random_saturation(img, 0.5, 0.5).asnumpy()
    np.testing.assert_allclose(out, [[[0.5, 0, 0], [0.057, 0.057, 0.557]]], rtol=1e-6)


def test_random_flip_follows_seeded_stream():
    img = nd.arange(6).reshape((1, 2, 3))
    seen = []
    for seed in range(4):
        mx.random.seed(seed)
        seen.append(tuple(int(nd.image.random_flip_left_right(img)[0, 0, 0].asscalar() != 0) for _ in range(2)))
    assert seen == [(1, 1), (0, 1), (1, 1), (0, 0)]        # measured on MXNet 1.9.1


def test_resize_sizes():
    u8 = nd.zeros((2, 4, 3), dtype="uint8")
    assert nd.image.resize(u8, size=(3, 5)).shape == (5, 3, 3)
    assert nd.image.resize(u8, size=4, keep_ratio=True).shape == (4, 8, 3)
    assert nd.image.resize(nd.stack(u8, u8), size=2).shape == (2, 2, 2, 3)


def test_image_backward_rules():
    """MXNet 1.9.1: flips and colour ops copy the head gradient unchanged; to_tensor and resize fail."""
    x = nd.array(np.random.RandomState(0).rand(4, 5, 3))
    head = nd.arange(60).reshape((4, 5, 3))
    for fn in (nd.image.flip_left_right, nd.image.flip_top_bottom, nd.image.random_flip_left_right,
               lambda a: nd.image.random_brightness(a, 0.5, 0.5), lambda a: nd.image.random_hue(a, 0.5, 0.5),
               lambda a: nd.image.random_color_jitter(a, 0.1, 0.1, 0.1, 0.1), lambda a: nd.image.random_lighting(a, 0.1),
               lambda a: nd.image.adjust_lighting(a, alpha=(0.1, 0.2, 0.3)), nd.image.random_flip_top_bottom,
               lambda a: nd.image.random_contrast(a, 0.5, 0.5), lambda a: nd.image.random_saturation(a, 0.5, 0.5)):
        a = x.copy()
        a.attach_grad()
        with mx.autograd.record():
            y = fn(a)
        y.backward(head)
        assert a.grad.asnumpy().tolist() == head.asnumpy().tolist()
    for fn in (nd.image.to_tensor, lambda a: nd.image.resize(a, (3, 2))):
        a = x.copy()
        a.attach_grad()
        with mx.autograd.record():
            y = fn(a)
        with pytest.raises(MXNetError, match="Incompatible attr"):
            y.backward(nd.ones(y.shape))


def test_image_resize_names_only_the_attributes_given_in_its_parser_error():
    x = nd.ones((4, 4, 3), dtype="uint8")
    with pytest.raises(MXNetError) as err:
        nd.image.resize(x, size=(2, 2), interp=None)
    assert message_of(err.value) == ("Invalid Parameter format for interp expect int but value='None', "
                              'in operator _image_resize(name="", interp="None", size="(2, 2)")')
    assert nd.image.resize(x, (2, 3)).shape == (3, 2, 3)
    assert nd.image.resize(x, 2, True, 0).shape == (2, 2, 3)


@pytest.mark.parametrize("call, message", [
    (lambda x: nd.image.random_brightness(x, min_factor=None, max_factor=1),
     "Invalid Parameter format for min_factor expect float but value='None'"),
    (lambda x: nd.image.random_lighting(x, alpha_std=None),
     "Invalid Parameter format for alpha_std expect float but value='None'"),
    (lambda x: nd.image.random_color_jitter(x, brightness=0, contrast=None),
     "Invalid Parameter format for contrast expect float but value='None'"),
    (lambda x: nd.image.random_hue(x, min_factor=0.5), "Required parameter max_factor of float is not presented"),
    (lambda x: nd.image.crop(x, x=0, y=0, width=2), "Required parameter height of int is not presented"),
])
def test_image_functions_pass_a_given_none_to_the_parser_and_leave_out_the_rest(call, message):
    with pytest.raises(MXNetError) as err:
        call(nd.ones((4, 4, 3)))
    assert message_of(err.value).startswith(message)


def test_parser_errors_leave_arrays_given_by_keyword_out_of_the_attributes():
    o = nd.ones((2, 2))
    with pytest.raises(MXNetError) as err:
        nd.adam_update(weight=o, grad=o, mean=o, var=o, lr=None)
    assert message_of(err.value) == ("Invalid Parameter format for lr expect float but value='None', "
                              'in operator adam_update(name="", lr="None")')
    with pytest.raises(MXNetError) as err:
        nd.FullyConnected(data=o, weight=o, bias=nd.ones((2,)), num_hidden="x")
    assert message_of(err.value).endswith('in operator FullyConnected(name="", num_hidden="x")')


def test_copying_backward_of_to_tensor_names_its_backward_node():
    x = nd.ones((2, 3, 3))
    x.attach_grad()
    with mx.autograd.record():
        y = nd.image.to_tensor(x * 2)
    with pytest.raises(MXNetError) as e:
        y.backward(nd.ones(y.shape))
    message = message_of(e.value)
    name = message.split()[3].rstrip(":")       # node_<n>_backward, numbered as MXNet numbers recorded ops
    assert name.startswith("node_") and name.endswith("_backward")
    assert message == (f"Error in operator {name}: Check failed: assign(&dattr, vec.at(i)): Incompatible attr in "
                       f"node {name} at 0-th output: expected [3,2,3], got [2,3,3]")


ZERO = "Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1"


@pytest.mark.parametrize("fn", [
    nd.image.flip_left_right, nd.image.flip_top_bottom, nd.image.random_flip_left_right,
    lambda x: nd.image.adjust_lighting(x, alpha=(0.1, 0.2, 0.3)), lambda x: nd.image.random_lighting(x, 0.1),
    lambda x: nd.image.random_brightness(x, 0.5, 1.5), lambda x: nd.image.random_hue(x, 0.1, 0.3),
])
def test_image_of_no_rows_gives_a_result_of_unknown_size_whose_shape_fails(fn):
    y = fn(nd.array(np.zeros((0, 4, 3))))
    y.wait_to_read()
    for read in (lambda: y.shape, lambda: y.asnumpy(), lambda: y.shape, lambda: y + 1):
        with pytest.raises(MXNetError) as e:
            read()
        assert message_of(e.value) == ZERO


def test_check_words_print_a_legacy_empty_size_as_unknown():
    with pytest.raises(MXNetError, match=r"but got input with shape \[2,4,-1\]$"):
        nd.image.flip_left_right(nd.array(np.zeros((2, 4, 0))))
    with pytest.raises(MXNetError, match=r"Invalid mean for input with shape \[3,-1,2\]\. mean must have"):
        nd.image.normalize(nd.array(np.zeros((3, 0, 2))), mean=(0.1, 0.2), std=0.2)
    with pytest.raises(MXNetError) as e:
        nd.image.to_tensor(nd.array(np.zeros((0, 2, 4, 3, 1))))      # the unknown size is found before the rank
    assert message_of(e.value).startswith("Operator _image_to_tensor inferring shapes failed.\ninput shapes:\n[-1,2,4,3,1]\n")
    with pytest.raises(MXNetError) as e:
        nd.image.normalize(nd.array(np.zeros((1, 3, 0, 2))), 0.1, 0.2)
    assert message_of(e.value) == ZERO


def test_resize_of_an_empty_image_fails_when_read_and_float16_is_refused_first():
    r = nd.image.resize(nd.array(np.zeros((0, 4, 3))), (2, 2))
    assert r.shape == (2, 2, 3)
    with pytest.raises(MXNetError, match=r"resize.cpp:4044: error: \(-215:Assertion failed\) !ssize.empty\(\)"):
        r.asnumpy()
    r = nd.image.resize(nd.array(np.zeros((2, 0, 3)), dtype="float16"), (2, 2))
    with pytest.raises(MXNetError, match="opencv image mat doesn't support fp16"):
        r.asnumpy()
    with pytest.raises(MXNetError, match=r"OpenCV\(3.4.2\) .*total\(\) == 0 \|\| data != __null in function 'Mat'$"):
        nd.image.resize(nd.array(np.zeros((2, 3, 0))), (2, 2))
    with pytest.raises(MXNetError) as e:
        nd.image.resize(nd.array(np.zeros((0, 2, 3, 3))), (2, 2))    # a batch of unknown size
    assert message_of(e.value) == ZERO
    # keep_ratio scales the long side from the unknown one, read as -1: 5 * 6 / -1
    with pytest.raises(MXNetError, match=r"Check failed: dim_size >= -1 \(-30 vs. -1\)"):
        nd.image.resize(nd.array(np.zeros((0, 6, 3))), 5, keep_ratio=True)
