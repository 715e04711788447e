"""PSROIPooling and DeformablePSROIPooling to the last bit in float32, float64 and float16: bin geometry in the
data's type, pixels and samples added one by one, gradients (data and offsets) scattered in the kernel's order."""
import mxnet as mx
import numpy as np

rs = np.random.RandomState(4)


def rois(n, batch, h, w, scale):
    x1, y1 = rs.uniform(-2, w / scale * 0.8, n), rs.uniform(-2, h / scale * 0.8, n)
    return np.stack([rs.randint(0, batch, n), x1, y1, x1 + rs.uniform(0, w / scale * 0.6, n),
                     y1 + rs.uniform(0, h / scale * 0.6, n)], 1)


def run(label, op, arrays, grads, **kw):
    xs = [mx.nd.array(a, dtype=a.dtype) for a in arrays]
    for i in grads:
        xs[i].attach_grad()
    with mx.autograd.record():
        y = op(*xs, **kw)
    y.backward(mx.nd.array(rs.uniform(-1, 1, y.shape), dtype=y.dtype))
    print(label, y.asnumpy().tolist(), [xs[i].grad.asnumpy().tolist() for i in grads])


for dt in ("float32", "float64", "float16"):
    data = rs.uniform(-1, 1, (1, 2 * 9, 6, 7)).astype(dt)
    r = rois(3, 1, 6, 7, 0.5).astype(dt)
    run(f"psroi {dt}", mx.nd.contrib.PSROIPooling, [data, r], [0], spatial_scale=0.5, output_dim=2, pooled_size=3)
    run(f"psroi group {dt}", mx.nd.contrib.PSROIPooling, [rs.uniform(-1, 1, (1, 8, 6, 7)).astype(dt), r], [0],
        spatial_scale=0.5, output_dim=2, pooled_size=3, group_size=2)
    trans = rs.uniform(-1, 1, (3, 4, 3, 3)).astype(dt)
    run(f"deformable {dt}", mx.nd.contrib.DeformablePSROIPooling, [data, r, trans], [0, 2], spatial_scale=0.5,
        output_dim=2, group_size=3, pooled_size=3, part_size=3, sample_per_part=2, trans_std=0.1)
    run(f"deformable no_trans {dt}", mx.nd.contrib.DeformablePSROIPooling, [data, r], [0], spatial_scale=0.5,
        output_dim=2, group_size=3, pooled_size=4, sample_per_part=3, no_trans=True)
