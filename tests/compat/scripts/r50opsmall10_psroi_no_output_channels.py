"""PSROIPooling with output_dim=0 returns an empty (boxes, 0, pooled, pooled) result for any channel count, under
legacy and NumPy shapes, in NDArray and Symbol, and its backward leaves a zero gradient, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx

rois = mx.nd.array([[0, 0, 0, 3, 3], [0, 1, 1, 2, 2]])


def run(desc, f):
    try:
        y = f()
        print(desc, y.shape, y.dtype)
        print(y)
    except Exception as e:
        print(desc, type(e).__name__, str(e).splitlines()[0][:200])


for shp in [(1, 4, 2, 2), (1, 1, 2, 2), (1, 3, 4, 4)]:
    x = mx.nd.ones(shp)
    run(shp, lambda: mx.nd.contrib.PSROIPooling(x, rois, spatial_scale=1.0, output_dim=0, pooled_size=2))
    run(shp, lambda: mx.nd.contrib.PSROIPooling(x, rois, spatial_scale=0.5, output_dim=0, pooled_size=3,
                                                group_size=1))
with mx.util.np_shape(True):
    x = mx.nd.ones((1, 0, 4, 4))
    run('np 0 channels', lambda: mx.nd.contrib.PSROIPooling(x, rois, spatial_scale=1.0, output_dim=0,
                                                            pooled_size=2))
    x = mx.nd.ones((1, 4, 4, 4))
    run('np 4 channels', lambda: mx.nd.contrib.PSROIPooling(x, rois, spatial_scale=1.0, output_dim=0,
                                                            pooled_size=2))
s = mx.sym.contrib.PSROIPooling(mx.sym.var('d'), mx.sym.var('r'), spatial_scale=1.0, output_dim=0, pooled_size=2)
print(s.infer_shape(d=(1, 4, 2, 2), r=(2, 5)))
x = mx.nd.arange(16).reshape((1, 4, 2, 2))
x.attach_grad()
with mx.autograd.record():
    y = mx.nd.contrib.PSROIPooling(x, rois, spatial_scale=1.0, output_dim=0, pooled_size=2)
y.backward()
print(y.shape, y.sum())
print(x.grad)
