"""contrib.box_encode / box_decode to the last bit: centres as x1 + w * 0.5, log and exp in double precision
(as MXNet's kernels), every format, with and without clip."""
import mxnet as mx
import numpy as np

rs = np.random.RandomState(1)
B, N, M = 1, 24, 6
anchors = np.sort(rs.rand(B, N, 4).astype(np.float32) * 50, axis=-1)
refs = np.sort(rs.rand(B, M, 4).astype(np.float32) * 50, axis=-1)
samples = (rs.rand(B, N) > 0.3).astype(np.float32)
matches = rs.randint(0, M, (B, N)).astype(np.float32)
means = np.array([0.1, -0.2, 0.05, 0], np.float32)
stds = np.array([0.1, 0.1, 0.2, 0.2], np.float32)
t, m = mx.nd.contrib.box_encode(*[mx.nd.array(a) for a in (samples, matches, anchors, refs, means, stds)])
print(t.asnumpy().tolist())
print(m.asnumpy().sum())
x = mx.nd.array(rs.randn(B, N, 4).astype(np.float32))
for clip in (-1.0, 0.3):
    for fmt in ('center', 'corner'):
        out = mx.nd.contrib.box_decode(x, mx.nd.array(anchors), std0=0.1, std1=0.1, std2=0.2, std3=0.2, clip=clip,
                                       format=fmt)
        print(fmt, clip, out.asnumpy().tolist())
print(mx.nd.contrib.box_decode(x.astype('float64'), mx.nd.array(anchors, dtype='float64')).asnumpy()[0, :2].tolist())
