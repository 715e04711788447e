"""In a bound executor, PReLU's in-place backward reads its overwritten head gradient for gamma's gradient unless that gradient, a global pooling's, is held in a permuted order (anything but channels >= height >= width), as MXNet does."""
import zlib
import numpy as np
import mxnet as mx

for pool in ('avg', 'max'):
    for channels in (2, 4, 8, 16):
        row = []
        for height, width in ((1, 1), (2, 4), (4, 2), (4, 4), (6, 3), (3, 6), (8, 8), (16, 2)):
            data = mx.sym.Variable('data')
            y = mx.sym.Convolution(data, num_filter=channels, kernel=(1, 1), name='conv0')
            z = mx.sym.LeakyReLU(y, act_type='prelu', name='lr0')
            p = mx.sym.Pooling(z, global_pool=True, kernel=(1, 1), pool_type=pool)
            out = mx.sym.MakeLoss(mx.sym.sum(mx.sym.Flatten(p) * mx.sym.Variable('r')))
            ex = out.simple_bind(mx.cpu(), data=(3, 2, height, width))
            rng = np.random.RandomState(channels * 100 + height * 10 + width)
            for k, a in ex.arg_dict.items():
                a[:] = rng.randn(*a.shape)
            ex.forward(is_train=True)
            ex.backward()
            row.append('%dx%d:%d' % (height, width, zlib.crc32(ex.grad_dict['lr0_gamma'].asnumpy().tobytes()) % 100000))
        print(pool, channels, ' '.join(row))
