# signum_update uses its momentum as given (negative, NaN and infinite ones included): the state path of MXNet's kernel
import mxnet as mx
w = mx.nd.array([0.5, -1.0, 2.0, 0.25]); g = mx.nd.array([0.3, -0.2, -4.0, 0.0]); m0 = mx.nd.array([0.1, 0.9, -0.3,
                                                                                                    0.0])
for mom in [0.9, 0.0, -1.5, float('nan'), float('inf'), -float('inf')]:
    for wd_lh in [0.0, 0.1]:
        m = m0.copy()
        r = mx.nd.signum_update(w, g, m, lr=0.1, momentum=mom, wd_lh=wd_lh)
        print(mom, wd_lh, r.asnumpy().tolist(), m.asnumpy().tolist())
for clip in [float('nan'), 0.0, 0.1]:
    m = m0.copy()
    print('clip', clip, mx.nd.signum_update(w, g, m, lr=0.1, momentum=0.9, clip_gradient=clip).asnumpy().tolist(),
          m.asnumpy().tolist())
