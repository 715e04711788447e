"""Under NumPy shapes Crop and L2Normalization (MXNet's older operator interface) read 0-d data as of unknown shape and fail shape inference (listing out='s visible shape, Concat of one input lists num_args), L2Normalization normalizes empty data (norms sqrt(eps)); in legacy mode Crop's shape function checks a 0-d input's rank -1, as in MXNet."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import nd, autograd


def full(label, f):
    try:
        r = f()
        for o in (r if isinstance(r, list) else [r]):
            print(label, 'ok', o.shape, o.asnumpy().tolist())
    except Exception as e:
        print(label, type(e).__name__, repr(str(e)))


for nps in [True, False]:
    mx.util.set_np_shape(nps)
    full('concat 0d', lambda: nd.Concat(nd.array(2.5)))
    full('concat 0d 2', lambda: nd.concat(nd.array(2.5), nd.array(1.0), dim=0))
    full('crop 0d', lambda: nd.Crop(nd.array(2.5)))
    full('crop 0d like', lambda: nd.Crop(nd.array(2.5), nd.ones((1, 1, 2, 2)), num_args=2))
    full('crop like 0d', lambda: nd.Crop(nd.ones((1, 1, 4, 4)), nd.array(2.5), num_args=2))
    full('crop 0d hw', lambda: nd.Crop(nd.array(2.5), h_w=(1, 1)))
    full('crop 0d out', lambda: nd.Crop(nd.array(2.5), h_w=(1, 1), out=nd.ones((1, 1, 1, 1))))
    for mode in ['instance', 'channel', 'spatial']:
        if nps:
            for shp in [(0,), (2, 0), (0, 2), (2, 0, 3), (2, 3, 0), (0, 2, 3), (1, 0, 2, 2)]:
                full('l2 %s %s' % (mode, shp), lambda: nd.L2Normalization(nd.zeros(shp), mode=mode))
        full('l2 0d %s' % mode, lambda: nd.L2Normalization(nd.array(2.5), mode=mode))
        full('l2 0d out %s' % mode, lambda: nd.L2Normalization(nd.array(2.5), mode=mode, out=nd.array(1.0)))
    if nps:
        full('l2 empty out2', lambda: nd.L2Normalization(nd.zeros((2, 0, 3)), out=[nd.ones((2, 0, 3)), nd.ones((2,))]))
        x = nd.zeros((2, 0, 3))
        x.attach_grad()
        with autograd.record():
            y = nd.L2Normalization(x, mode='channel')
        y.backward()
        print('grad', x.grad.shape)
