"""Operators of the older interface leave an out= array's type to the checks after inference: an out= array of another type whose legacy zero sizes pass shape inference is refused for its shape first (FullyConnected, whose inference assigns the type, for its type)."""
import mxnet as mx
import numpy as np

nd = mx.nd


def first_line(e):
    lines = [l for l in str(e).split('\n') if l.strip()]
    for l in lines:
        if l.startswith('MXNetError:') or 'Check failed' in l:
            return l[:220]
    return lines[-1][:220] if lines else ''


def show(tag, f):
    try:
        y = f()
        print(tag, '->', y.shape, y.asnumpy().sum())
    except Exception as e:
        print(tag, '->', type(e).__name__, first_line(e))


def full(shape, dtype='float32'):
    return nd.array(np.full(shape, 1.0), dtype=dtype)


x = full((1, 2, 5, 5))
cases = [
    ('Convolution', lambda o: nd.Convolution(x, full((4, 2, 3, 3)), kernel=(3, 3), num_filter=4, no_bias=True, out=o),
     (0, 4, 3, 3)),
    ('Deconvolution', lambda o: nd.Deconvolution(x, full((2, 4, 3, 3)), kernel=(3, 3), num_filter=4, out=o),
     (1, 0, 7, 7)),
    ('Pooling', lambda o: nd.Pooling(x, kernel=(2, 2), out=o), (1, 0, 4, 4)),
    ('BatchNorm', lambda o: nd.BatchNorm(x, full((2,)), full((2,)), full((2,)), full((2,)), out=o), (1, 0, 5, 5)),
    ('Dropout', lambda o: nd.Dropout(x, out=o), (1, 0, 5, 5)),
    ('LRN', lambda o: nd.LRN(x, out=o), (1, 0, 5, 5)),
    ('SwapAxis', lambda o: nd.SwapAxis(x, dim1=0, dim2=1, out=o), (2, 0, 5, 5)),
    ('UpSampling', lambda o: nd.UpSampling(x, scale=2, sample_type='nearest', out=o), (1, 0, 10, 10)),
    ('SequenceMask', lambda o: nd.SequenceMask(x, out=o), (1, 0, 5, 5)),
    ('SequenceLast', lambda o: nd.SequenceLast(x, out=o), (2, 0, 5)),
    ('Crop', lambda o: nd.Crop(x, h_w=(2, 2), out=o), (1, 0, 2, 2)),
    ('ROIPooling', lambda o: nd.ROIPooling(x, nd.array([[0, 0, 0, 2, 2]]), pooled_size=(2, 2), spatial_scale=1.0,
                                           out=o), (1, 0, 2, 2)),
    ('InstanceNorm', lambda o: nd.InstanceNorm(x, full((2,)), full((2,)), out=o), (1, 0, 5, 5)),
    ('FullyConnected', lambda o: nd.FullyConnected(x, full((4, 50)), num_hidden=4, no_bias=True, out=o), (0, 4)),
    ('relu', lambda o: nd.relu(x, out=o), (1, 0, 5, 5)),
]
for name, f, oshape in cases:
    for dtype in ['float64', 'float16', 'int32']:
        show(f'{name} out={oshape} {dtype}', lambda: f(full(oshape, dtype)))
    show(f'{name} out={oshape} float32', lambda: f(full(oshape)))
