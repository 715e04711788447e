"""Stateful layers (LeakyReLU, BatchNorm, UpSampling, Crop, Correlation, MakeLoss, the _v1 layers, a float64 Deconvolution), image flips and colour ops over legacy data of unknown (zero) batch, and AdaptiveAvgPooling2D told an unknown size, give an output of unknown size: its dtype and context read, wait_to_read and waitall pass, but its shape, every read and every op on it fail, each time, as MXNet does."""
import mxnet as mx
import numpy as np
import sys
nd = mx.nd


def full(shape, dtype='float32', v=2.0):
    return nd.array(np.full(shape, v), dtype=dtype)


def t(label, f):
    try:
        r = f()
        print(label, 'ok', r if not isinstance(r, nd.NDArray) else 'NDArray')
    except Exception as e:
        lines = [l for l in str(e).split('\n') if l.strip()]
        print(label, 'err', type(e).__name__, ' | '.join(lines[1:3])[:300])


def probe(name, f):
    try:
        y = f()
    except Exception as e:
        lines = [l for l in str(e).split('\n') if l.strip()]
        print(name, 'call err', type(e).__name__, ' | '.join(lines[1:3])[:300])
        return
    ys = y if isinstance(y, (list, tuple)) else [y]
    for i, y in enumerate(ys):
        tag = f'{name}[{i}]'
        t(tag + ' dtype', lambda: y.dtype)
        t(tag + ' context', lambda: y.context)
        t(tag + ' shape', lambda: y.shape)
        t(tag + ' ndim', lambda: y.ndim)
        t(tag + ' size', lambda: y.size)
        t(tag + ' len', lambda: len(y))
        t(tag + ' wait', lambda: y.wait_to_read())
        t(tag + ' asnumpy', lambda: y.asnumpy())
        t(tag + ' shape again', lambda: y.shape)
        t(tag + ' plus', lambda: y + 1)
        t(tag + ' relu', lambda: nd.relu(y))
        t(tag + ' copy', lambda: y.copy())
        t(tag + ' reshape', lambda: y.reshape((-1,)))
        t(tag + ' repr', lambda: repr(y))
    t(name + ' waitall', lambda: nd.waitall())


x = full((0, 3, 4, 4))
cases = [
    ('LeakyReLU', lambda: nd.LeakyReLU(full((0, 3, 4)))),
    ('LeakyReLU elu 2-d', lambda: nd.LeakyReLU(full((3, 0)), act_type='elu')),
    ('LeakyReLU prelu', lambda: nd.LeakyReLU(full((0, 3, 4)), full((3,)), act_type='prelu')),
    ('LeakyReLU rrelu', lambda: nd.LeakyReLU(full((0, 3, 4)), act_type='rrelu')),
    ('BatchNorm', lambda: nd.BatchNorm(x, full((3,)), full((3,)), full((3,)), full((3,)))),
    ('BatchNorm float64', lambda: nd.BatchNorm(full((0, 3), 'float64'), full((3,), 'float64'), full((3,), 'float64'),
                                                full((3,), 'float64'), full((3,), 'float64'))),
    ('UpSampling', lambda: nd.UpSampling(x, scale=2, sample_type='nearest')),
    ('Crop', lambda: nd.Crop(x, offset=(0, 0), h_w=(2, 2))),
    ('Crop like', lambda: nd.Crop(x, full((1, 3, 2, 2)), num_args=2)),
    ('SVMOutput', lambda: nd.SVMOutput(full((0, 3)), full((0,)))),
    ('Correlation', lambda: nd.Correlation(x, x)),
    ('MakeLoss', lambda: nd.MakeLoss(x)),
    ('Pooling_v1', lambda: nd.Pooling_v1(x, kernel=(2, 2))),
    ('Convolution_v1', lambda: nd.Convolution_v1(x, full((2, 3, 2, 2)), full((2,)), kernel=(2, 2), num_filter=2)),
    ('flip_left_right', lambda: nd.image.flip_left_right(full((0, 4, 3)))),
    ('random_flip_top_bottom', lambda: nd.image.random_flip_top_bottom(full((0, 4, 3)))),
    ('adjust_lighting', lambda: nd.image.adjust_lighting(full((0, 4, 3)), alpha=(0.1, 0.1, 0.1))),
    ('random_brightness', lambda: nd.image.random_brightness(full((0, 4, 3)), min_factor=0.5, max_factor=1.5)),
    ('Dropout', lambda: nd.Dropout(x)),
    ('AdaptiveAvgPooling2D', lambda: nd.contrib.AdaptiveAvgPooling2D(nd.ones((1, 2, 4, 4)), output_size=(-1, 2))),
    ('Deconvolution float64', lambda: nd.Deconvolution(full((0, 2, 5, 5), 'float64'), full((2, 4, 3, 3), 'float64'),
                                                       kernel=(3, 3), num_filter=4)),
]
for c in cases:
    probe(*c)
