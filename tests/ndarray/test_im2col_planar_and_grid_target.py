"""im2col/col2im run 2-D kernels only (others fail when read); GridGenerator reads target_shape's first two entries."""
import numpy as np
import pytest

from distnet import nd
from distnet.base import MXNetError, message_of


@pytest.mark.parametrize("call,shape", [
    (lambda: nd.im2col(nd.ones((1, 1, 4)), kernel=(2,)), (1, 2, 3)),
    (lambda: nd.col2im(nd.ones((1, 2, 3)), output_size=(4,), kernel=(2,)), (1, 1, 4)),
    (lambda: nd.im2col(nd.ones((1, 1, 4, 4, 4)), kernel=(2, 2, 2)), (1, 8, 27)),
    (lambda: nd.col2im(nd.ones((1, 8, 8)), output_size=(3, 3, 3), kernel=(2, 2, 2)), (1, 1, 3, 3, 3))])
def test_kernels_of_other_ranks_fail_when_read(call, shape):
    r = call()
    assert r.shape == shape
    with pytest.raises(MXNetError, match="Check failed"):
        r.asnumpy()


def test_planar_im2col_is_the_adjoint_of_col2im():
    x = np.arange(18, dtype=np.float64).reshape(1, 2, 3, 3)
    cols = nd.im2col(nd.array(x, dtype="float64"), kernel=(2, 2)).asnumpy()
    assert cols.shape == (1, 8, 4) and cols[0, 0].tolist() == [0, 1, 3, 4]
    y = np.random.RandomState(0).rand(1, 8, 4)
    back = nd.col2im(nd.array(y, dtype="float64"), output_size=(3, 3), kernel=(2, 2)).asnumpy()
    np.testing.assert_allclose((cols * y).sum(), (x * back).sum(), rtol=1e-12)


@pytest.mark.parametrize("target", [(3, 4, 5), (3, 4, 0), "(3, 4, 5)"])
def test_grid_generator_reads_the_first_two_target_entries(target):
    theta = nd.array([[1.1, 0.1, 0.05, -0.2, 0.9, 0.1]])
    got = nd.GridGenerator(theta, transform_type="affine", target_shape=target)
    want = nd.GridGenerator(theta, transform_type="affine", target_shape=(3, 4))
    assert got.shape == (1, 2, 3, 4)
    assert got.asnumpy().tobytes() == want.asnumpy().tobytes()


@pytest.mark.parametrize("shape, attrs, words", [
    ((2, 2), {"kernel": (1, 1)}, "Check failed: i >= 0 && i < ndim(): index = 2 must be in range [0, 2)"),
    ((1, 1, 4, 4), {"kernel": (2, 2, 2)}, "Check failed: i >= 0 && i < ndim(): index = 4 must be in range [0, 4)"),
    ((1, 1, 2, 2), {"kernel": (3, 3)},
     "Check failed: dilated_kernel_size <= pad_size (3 vs. 2) : kernel size exceed input"),
    ((1, 1, 5, 2), {"kernel": (2, 2), "dilate": (1, 2)},
     "Check failed: dilated_kernel_size <= pad_size (3 vs. 2) : kernel size exceed input"),
])
def test_im2col_shape_function_reads_each_axis_and_checks_the_window_fits(shape, attrs, words):
    with pytest.raises(MXNetError) as info:
        nd.im2col(nd.ones(shape), **attrs)
    assert message_of(info.value) == words


@pytest.mark.parametrize("call", [lambda: nd.im2col(nd.ones((1, 1, 3, 3), dtype="int32"), kernel=(2, 2)),
                                  lambda: nd.col2im(nd.ones((1, 4, 4), dtype="int32"), output_size=(3, 3),
                                                    kernel=(2, 2)),
                                  lambda: nd.UpSampling(nd.ones((1, 1, 2, 2), dtype="int32"), scale=2,
                                                        sample_type="nearest")])
def test_integer_data_fails_the_float_kernel_without_naming_the_operator(call):
    r = call()
    with pytest.raises(MXNetError) as info:
        r.asnumpy()
    assert message_of(info.value).splitlines()[0] == "This operation only support floating point types, not int32"


@pytest.mark.parametrize("shape, words", [
    ((2, 3), "Check failed: i >= 0 && i < ndim(): index = 2 must be in range [0, 2)"),
    ((6,), "Check failed: i >= 0 && i < ndim(): index = 2 must be in range [0, 1)"),
    ((1, 2, 3, 4), "Check failed: dshape[2] == out_dim (3 vs. 1) : output size does not match convolution parameters"),
])
def test_col2im_shape_inference_reads_the_third_axis_of_any_rank(shape, words):
    with pytest.raises(MXNetError) as info:
        nd.col2im(nd.ones(shape), output_size=(1, 1), kernel=(1, 1))
    assert message_of(info.value) == words


def test_khatri_rao_of_non_matrices_infers_its_shape_and_fails_on_reading():
    y = nd.khatri_rao(nd.ones((2, 3)), nd.ones((2, 3, 4)))
    assert y.shape == (4, 3)        # rows multiply, the first input's columns
    with pytest.raises(MXNetError, match=r"Check failed: dim == ndim\(\) \(2 vs. 3\) : dimension do not match"):
        y.asnumpy()
