"""Max pooling and nearest UpSampling add gradients in MXNet 1.9.1's order (values recorded from MXNet):
overlapping pooling windows in output (row-major) order, upsampled blocks row by row."""
import numpy as np

from distnet import autograd, nd


def test_overlapping_max_pool_windows_add_in_output_order():
    r = np.random.RandomState(3)
    xn = r.uniform(-1, 1, (1, 1, 7, 7)).astype(np.float32)
    xn[:, :, 2:5, 2:5] = -5
    xn[:, :, 3, 3] = 9              # the maximum of four overlapping windows
    x = nd.array(xn)
    dy = nd.array(r.uniform(-1, 1, (1, 1, 4, 4)) * 1.37)
    x.attach_grad()
    with autograd.record():
        y = nd.Pooling(x, kernel=(3, 3), stride=(2, 2), pad=(1, 1), pool_type="max")
    y.backward(dy)
    assert float(x.grad.asnumpy()[0, 0, 3, 3]) == float.fromhex("0x1.3d19a0p-1")   # reversed order: ...a4p-1


def test_nearest_upsampling_sums_each_block_row_by_row():
    r = np.random.RandomState(3)
    r.uniform(-1, 1, (1, 1, 7, 7))
    r.uniform(-1, 1, (1, 1, 4, 4))
    x = nd.array(r.uniform(-1, 1, (1, 2, 2, 2)))
    dy = nd.array(r.uniform(-1, 1, (1, 2, 6, 6)))
    x.attach_grad()
    with autograd.record():
        y = nd.UpSampling(x, scale=3, sample_type="nearest")
    y.backward(dy)
    expected = ["-0x1.110726p+1", "0x1.e5b6d8p-2", "0x1.0c8660p+1", "0x1.d5a140p+0",
                "0x1.878728p+0", "-0x1.79a120p+1", "-0x1.72f8d0p+1", "0x1.361866p+0"]
    assert x.grad.asnumpy().ravel().tolist() == [float.fromhex(h) for h in expected]
