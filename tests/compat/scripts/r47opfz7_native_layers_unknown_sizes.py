"""FullyConnected, Convolution and Deconvolution of float64, float16 and integer data of legacy zero (unknown) sizes run MXNet's own kernels after shape inference: an output of unknown size fails at the call (a 2-D Deconvolution's when read), a known one when read in the kernel's checks (type, weight and output blobs, gemm sizes), and a Deconvolution over no rows leaves out= as it was."""
import mxnet as mx
import numpy as np

nd = mx.nd


def first_line(e):
    lines = [l for l in str(e).split('\n') if l.strip()]
    if 'inferring' in str(e):
        return ' | '.join(lines[1:5])[:300]
    site = next((l.strip() for l in lines if l.strip().startswith('File "')), '')
    for l in lines:
        if l.startswith('MXNetError:') or 'Check failed' in l:
            return site + ' ' + l[:260]
    return site + ' ' + (lines[-1][:260] if lines else '')


def show(tag, f):
    try:
        y = f()
    except Exception as e:
        print(tag, 'call ->', type(e).__name__, first_line(e))
        return
    try:
        a = y.asnumpy()
        print(tag, '->', a.shape, a.dtype, a.astype('float64').sum())
    except Exception as e:
        print(tag, 'read ->', type(e).__name__, first_line(e))


def full(shape, dtype):
    return nd.array(np.full(shape, 2.0), dtype=dtype)


def conv(xs, oshape, dt, **kw):
    k = (3,) * (len(xs) - 2)
    return nd.Convolution(full(xs, dt), full((4, 2) + k, dt), full((4,), dt), kernel=k, num_filter=4,
                          out=full(oshape, dt) if oshape else None, **kw)


def deconv(xs, oshape, dt, **kw):
    k = (3,) * (len(xs) - 2)
    return nd.Deconvolution(full(xs, dt), full((2, 4) + k, dt), kernel=k, num_filter=4,
                            out=full(oshape, dt) if oshape else None, **kw)


def fc(xs, oshape, dt, **kw):
    return nd.FullyConnected(full(xs, dt), full((4, 3), dt), full((4,), dt), num_hidden=4,
                             out=full(oshape, dt) if oshape else None, **kw)


for dt in ['float64', 'float16']:
    for xs in [(0, 2, 5, 5), (0, 2, 5)]:
        n = len(xs) - 2
        for oshape in [None, (1, 4) + (3,) * n, (0, 4) + (3,) * n, (2, 4) + (3,) * n, (1, 4) + (2,) * n,
                       (1, 4) + (7,) * n]:
            show(f'conv {dt} {xs} out={oshape}', lambda: conv(xs, oshape, dt))
            show(f'deconv {dt} {xs} out={oshape}', lambda: deconv(xs, oshape, dt))
    for oshape in [None, (0, 4, 3, 3), (2, 4, 3, 3), (1, 4, 2, 2), (1, 4, 7, 7)]:
        show(f'conv {dt} (1, 2, 0, 5) out={oshape}', lambda: conv((1, 2, 0, 5), oshape, dt))
    for xs in [(0, 3), (2, 0, 3), (2, 3, 0), (0, 0)]:
        for flatten in [True, False]:
            for oshape in [None, (0, 4), (2, 4), (0,), (2, 5, 4), (2, 0, 4), (2, 2, 4)]:
                show(f'fc {dt} {xs} flatten={flatten} out={oshape}', lambda: fc(xs, oshape, dt, flatten=flatten))
    show(f'conv {dt} 3-d', lambda: conv((0, 2, 5, 5, 5), None, dt))
    show(f'conv {dt} 3-d out', lambda: conv((0, 2, 5, 5, 5), (1, 4, 3, 3, 3), dt))
    show(f'deconv {dt} 3-d out', lambda: deconv((0, 2, 5, 5, 5), (1, 4, 7, 7, 7), dt))
    show(f'conv {dt} channels', lambda: conv((1, 0, 5, 5), None, dt))
    show(f'conv {dt} channels out', lambda: conv((0, 0, 5, 5), (1, 4, 3, 3), dt))
    show(f'deconv {dt} channels', lambda: deconv((1, 0, 5, 5), None, dt))
    show(f'deconv {dt} channels out', lambda: deconv((0, 0, 5, 5), (1, 4, 7, 7), dt))
    show(f'conv {dt} stride', lambda: conv((0, 2, 5, 5), (1, 4, 2, 2), dt, stride=(2, 2)))
    show(f'deconv {dt} stride', lambda: deconv((1, 2, 0, 5), (1, 4, 3, 7), dt, stride=(2, 2)))
    show(f'conv {dt} groups', lambda: conv((0, 2, 5, 5), (1, 4, 3, 3), dt, num_group=2))
    show(f'conv {dt} 3-d', lambda: conv((0, 2, 5, 5, 5), None, dt))
for dt in ['int32', 'uint8', 'int8', 'int64', 'bool']:
    show(f'conv {dt}', lambda: conv((0, 2, 5, 5), None, dt))
    show(f'conv {dt} out', lambda: conv((0, 2, 5, 5), (1, 4, 3, 3), dt))
    show(f'deconv {dt} out', lambda: deconv((0, 2, 5, 5), (1, 4, 7, 7), dt))
    show(f'fc {dt}', lambda: fc((0, 3), None, dt))
    show(f'fc {dt} out', lambda: fc((0, 3), (2, 4), dt))
