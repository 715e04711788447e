"""GridGenerator / BilinearSampler / SpatialTransformer round as MXNet 1.9.1's CPU kernels (values measured
there) and refuse the data types MXNet refuses."""
import numpy as np
import pytest

from distnet import autograd, nd
from distnet.base import MXNetError

DOC_DATA = [[[[1, 4, 3, 6], [1, 8, 8, 9], [0, 4, 1, 5], [1, 0, 1, 3]]]]
LOC = [[0.5, 0.1, 0.2, -0.1, 0.7, 0.1]]


def _f32(values):
    return np.array(values, dtype=np.float32)


def test_affine_grid_steps_in_float32():
    g = nd.GridGenerator(nd.array([[2, 0, 0, 0, 2, 0]]), transform_type="affine", target_shape=(4, 4))
    np.testing.assert_array_equal(g.asnumpy()[0, 0, 0], _f32([-2.0, -0.6666666269302368, 0.6666667461395264, 2.0]))
    np.testing.assert_array_equal(g.asnumpy()[0, 1, :, 0], _f32([-2.0, -0.6666666269302368, 0.6666667461395264, 2.0]))


def test_affine_grid_with_a_side_of_one_is_nan():
    g = nd.GridGenerator(nd.array([[1, 0, 0, 0, 1, 0]]), transform_type="affine", target_shape=(1, 3))
    assert g.shape == (1, 2, 1, 3) and np.isnan(g.asnumpy()).all()


def test_bilinear_sampler_doc_example_rounding():
    grid = nd.GridGenerator(nd.array([[2, 0, 0, 0, 2, 0]]), transform_type="affine", target_shape=(4, 4))
    out = nd.BilinearSampler(nd.array(DOC_DATA), grid).asnumpy()[0, 0]
    np.testing.assert_array_equal(out, _f32([[0, 0, 0, 0], [0, 3.500000476837158, 6.5, 0],
                                             [0, 1.2500001192092896, 2.5, 0], [0, 0, 0, 0]]))


def test_spatial_transformer_grid_in_double():
    out = nd.SpatialTransformer(nd.array(DOC_DATA), nd.array(LOC), target_shape=(3, 3), transform_type="affine",
                                sampler_type="bilinear").asnumpy()[0, 0]
    np.testing.assert_array_equal(out, _f32([[6.399999618530273, 6.139999866485596, 6.090000629425049],
                                             [4.679999828338623, 3.839999198913574, 5.875000476837158],
                                             [0.679999589920044, 1.0100001096725464, 3.029999256134033]]))


def test_affine_grid_gradient_closed_form():
    theta = nd.array([[0.3, -0.2, 0.1, 0.4, 0.9, -0.3]])
    theta.attach_grad()
    head = nd.array(np.arange(2 * 3 * 5).reshape(1, 2, 3, 5) * 0.1 - 1)
    with autograd.record():
        y = nd.GridGenerator(theta, transform_type="affine", target_shape=(3, 5))
    y.backward(head)
    np.testing.assert_allclose(theta.grad.asnumpy(), [[1.5, 5.0, -4.5, 1.5, 5.0, 18.0]], rtol=1e-6, atol=1e-6)


def test_warp_grid_gradient_matches_finite_differences():
    flow = np.random.RandomState(1).uniform(-1, 1, (1, 2, 3, 4)).astype(np.float32)
    head = np.random.RandomState(2).uniform(-1, 1, (1, 2, 3, 4)).astype(np.float32)
    x = nd.array(flow)
    x.attach_grad()
    with autograd.record():
        y = nd.GridGenerator(x, transform_type="warp")
    y.backward(nd.array(head))
    numeric = np.zeros_like(flow)
    for i in np.ndindex(flow.shape):
        step = np.zeros_like(flow)
        step[i] = 0.5
        up = nd.GridGenerator(nd.array(flow + step), transform_type="warp").asnumpy()
        down = nd.GridGenerator(nd.array(flow - step), transform_type="warp").asnumpy()
        numeric[i] = ((up - down) * head).sum() / 1.0
    np.testing.assert_allclose(x.grad.asnumpy(), numeric, rtol=1e-4, atol=1e-5)


def test_spatial_transformer_gradients_measured_on_mxnet():
    data, loc = nd.array(DOC_DATA), nd.array(LOC)
    data.attach_grad()
    loc.attach_grad()
    with autograd.record():
        y = nd.SpatialTransformer(data, loc, target_shape=(3, 3), transform_type="affine", sampler_type="bilinear")
    y.backward(nd.ones_like(y))
    np.testing.assert_allclose(loc.grad.asnumpy(), [[5.249998, -6.900001, 13.424998, 1.8, -25.875, -12.375]],
                               rtol=1e-5)
    np.testing.assert_allclose(data.grad.asnumpy()[0, 0, 1], [0.075, 1.1449997, 1.175, 0.4550002], rtol=1e-5)


@pytest.mark.parametrize("dtype", ["float16", "float64", "int32"])
def test_grid_generator_takes_float32_only(dtype):
    with pytest.raises(MXNetError, match="Other DTypes are not supported"):
        nd.GridGenerator(nd.ones((1, 6), dtype=dtype), transform_type="affine", target_shape=(2, 2))
    with pytest.raises(MXNetError, match="Other DTypes are not supported"):
        nd.GridGenerator(nd.ones((1, 2, 2, 2), dtype=dtype), transform_type="warp")


def test_samplers_refuse_integers_and_spatial_transformer_float16_fails_on_read():
    with pytest.raises(MXNetError, match="floating point"):
        nd.BilinearSampler(nd.ones((1, 1, 2, 2), dtype="int32"), nd.zeros((1, 2, 2, 2), dtype="int32"))
    with pytest.raises(MXNetError, match="floating point"):
        nd.SpatialTransformer(nd.ones((1, 1, 2, 2), dtype="int32"), nd.ones((1, 6), dtype="int32"),
                              target_shape=(2, 2), transform_type="affine", sampler_type="bilinear")
    out = nd.SpatialTransformer(nd.ones((1, 1, 2, 2), dtype="float16"), nd.ones((1, 6), dtype="float16"),
                                target_shape=(2, 3), transform_type="affine", sampler_type="bilinear")
    assert out.shape == (1, 1, 2, 3) and out.dtype == np.float16
    with pytest.raises(MXNetError, match="FP16 gemm"):
        out.asnumpy()
    half = nd.BilinearSampler(nd.ones((1, 1, 2, 2), dtype="float16"), nd.zeros((1, 2, 2, 2), dtype="float16"))
    assert half.dtype == np.float16 and half.asnumpy().tolist() == [[[[1, 1], [1, 1]]]]
