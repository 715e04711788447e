"""BatchNorm reads the first channel-count elements of longer parameters, as MXNet 1.9.1 (numbers measured
there)."""
import numpy as np
import pytest

from distnet import autograd, nd
from distnet.base import MXNetError


def _inputs():
    x = nd.arange(24).reshape((2, 3, 4)) / 10
    return x, nd.array([1, 1, 1, 4]), nd.array([.1, .2, .3, .4]), nd.array([.5, .6, .7, .8]), nd.array([1, 2, 3, 4])


def test_inference_reads_the_first_channels():
    x, g, b, m, v = _inputs()
    out, mean, invstd = nd.BatchNorm(x, g, b, m, v, fix_gamma=False, output_mean_var=True)
    np.testing.assert_allclose(out.asnumpy()[0, :, 0], [-0.3998, 0.0586, 0.3577], atol=1e-4)
    np.testing.assert_allclose(out.asnumpy()[1, :, 3], [1.0995, 1.119, 1.2236], atol=1e-4)
    np.testing.assert_allclose(mean.asnumpy(), [0.5, 0.6, 0.7])
    np.testing.assert_allclose(invstd.asnumpy(), [0.9995, 0.7069, 0.5773], atol=1e-4)
    same = nd.BatchNorm(x, g[:3], b[:3], m[:3], v[:3], fix_gamma=False)
    np.testing.assert_array_equal(out.asnumpy(), same.asnumpy())
    flat = nd.BatchNorm(x, *[p[:3].reshape((3, 1)) for p in (g, b, m, v)], fix_gamma=False)
    np.testing.assert_array_equal(flat.asnumpy(), same.asnumpy())
    g = nd.array([5, 2, 3, 4])
    nd.BatchNorm(x, g, b, m, v).wait_to_read()           # fix_gamma writes ones into the channels' part only
    np.testing.assert_array_equal(g.asnumpy(), [1, 1, 1, 4])


def test_training_updates_and_differentiates_the_channels_only():
    x, g, b, m, v = _inputs()
    for p in (x, g, b):
        p.attach_grad()
    with autograd.record():
        y = nd.BatchNorm(x, g, b, m, v, fix_gamma=False)
    y.backward(nd.arange(24).reshape((2, 3, 4)) % 5)
    np.testing.assert_allclose(y.asnumpy()[0, :, 0], [-1.1272, -1.0272, -0.9272], atol=1e-4)
    np.testing.assert_allclose(m.asnumpy(), [0.525, 0.655, 0.785, 0.8], atol=1e-6)
    np.testing.assert_allclose(v.asnumpy(), [0.9372, 1.8372, 2.7372, 4.0], atol=1e-4)
    np.testing.assert_allclose(g.grad.asnumpy(), [3.3544, 3.3544, -1.9635, 0], atol=1e-4)
    np.testing.assert_allclose(b.grad.asnumpy(), [15, 17, 14, 0])
    np.testing.assert_allclose(x.grad.asnumpy()[0, 1], [3.91, -2.7474, -1.2234, 0.3006], atol=1e-4)


def test_shorter_parameters_are_refused():
    x = nd.ones((2, 3, 4))
    with pytest.raises(MXNetError, match=r"beta has shape \(2,\), expected \(3,\)"):
        nd.BatchNorm(x, nd.ones((2,)), nd.zeros((2,)), nd.zeros((2,)), nd.ones((2,)))


def test_symbol_infers_channel_sized_parameters_and_binds_longer_ones():
    import distnet as mx
    with mx.name.NameManager():
        s = mx.sym.BatchNorm(mx.sym.var("data"), name="bn", fix_gamma=False)
    expected = ([(2, 3, 4), (3,), (3,)], [(2, 3, 4)], [(3,), (3,)])
    assert s.infer_shape(data=(2, 3, 4), bn_gamma=(4,)) == expected       # MXNet's shapes, not the given ones
    assert s.infer_shape(data=(2, 3, 4), bn_gamma=(2,)) == expected
    x, _, _, _, _ = _inputs()
    ex = s.bind(mx.cpu(), {"data": x, "bn_gamma": nd.array([1, 2, 3, 4]), "bn_beta": nd.zeros((4,))},
                aux_states={"bn_moving_mean": nd.zeros((4,)), "bn_moving_var": nd.ones((4,))})
    ex.forward()
    np.testing.assert_allclose(ex.outputs[0].asnumpy()[0, :, 0], [0, 0.7996003, 2.398801], rtol=1e-6)
