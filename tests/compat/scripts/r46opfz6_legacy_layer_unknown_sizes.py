"""FullyConnected, Convolution and Deconvolution over legacy zero sizes (unknown): an out= array fills the unknown output sizes in or is refused by shape inference (ranks, sizes, tuple or list words), then by the output checks (FullyConnected's type first), and oneDNN refuses an output of unknown size at the call and a filled one when read."""
import mxnet as mx
import numpy as np

nd = mx.nd


def first_line(e):
    lines = [l for l in str(e).split('\n') if l.strip()]
    for l in lines:
        if l.startswith('MXNetError:') or 'Check failed' in l:
            return l[:220]
    return lines[-1][:220] if lines else ''


def show(tag, f, out=None):
    try:
        y = f()
    except Exception as e:
        print(tag, 'call ->', type(e).__name__, first_line(e))
        return
    try:
        print(tag, '->', y.shape, y.asnumpy().sum())
    except Exception as e:
        print(tag, 'read ->', type(e).__name__, first_line(e))
    if out is not None:
        print(tag, 'out left', out.shape, out.asnumpy().sum())


def full(shape, dtype='float32'):
    return nd.array(np.full(shape, 2.0), dtype=dtype)


x = full((0, 2, 5, 5))
for dtype in ['float32', 'float64']:
    for oshape in [(1, 4, 3, 3), (0, 4, 3, 3), (0, 4, 2, 2), (0, 4, 3), (1, 4, 0, 3), (3, 4, 7, 7)]:
        o = full(oshape, dtype)
        show(f'conv {dtype} out={oshape}', lambda: nd.Convolution(x, full((4, 2, 3, 3)), full((4,)), kernel=(3, 3),
                                                                  num_filter=4, out=o), o)
        o = full(oshape, dtype)
        show(f'deconv {dtype} out={oshape}', lambda: nd.Deconvolution(x, full((2, 4, 3, 3)), kernel=(3, 3),
                                                                      num_filter=4, out=o), o)
for xs in [(0, 3), (2, 0, 3), (2, 3, 0), (0, 0)]:
    for flatten in [True, False]:
        show(f'fc {xs} flatten={flatten}', lambda: nd.FullyConnected(full(xs), full((4, 3)), full((4,)), num_hidden=4,
                                                                    flatten=flatten))
        for dtype in ['float32', 'float64']:
            for oshape in [(0, 4), (2, 4), (0,), (2, 5, 4), (2, 0, 4)]:
                o = full(oshape, dtype)
                show(f'fc {xs} flatten={flatten} {dtype} out={oshape}',
                     lambda: nd.FullyConnected(full(xs), full((4, 3)), full((4,)), num_hidden=4, flatten=flatten,
                                               out=o), o)
for nd_ in (1, 2, 3):
    k = (3,) * nd_
    show(f'conv{nd_} channels', lambda: nd.Convolution(full((1, 0) + (5,) * nd_), full((4, 2) + k), kernel=k,
                                                       num_filter=4, no_bias=True))
    show(f'conv{nd_} channels groups', lambda: nd.Convolution(full((1, 0) + (5,) * nd_), full((4, 1) + k), kernel=k,
                                                              num_group=2, num_filter=4, no_bias=True))
    show(f'conv{nd_} channels weight type', lambda: nd.Convolution(full((1, 0) + (5,) * nd_), full((4, 2) + k, 'float64'),
                                                                   kernel=k, num_filter=4, no_bias=True))
    show(f'deconv{nd_} channels', lambda: nd.Deconvolution(full((1, 0) + (5,) * nd_), full((2, 4) + k), kernel=k,
                                                           num_filter=4))
    show(f'deconv{nd_} channels groups', lambda: nd.Deconvolution(full((1, 0) + (5,) * nd_), full((2, 2) + k),
                                                                  kernel=k, num_group=2, num_filter=4))
    show(f'conv{nd_} spatial', lambda: nd.Convolution(full((1, 2) + (0,) * nd_), full((4, 2) + k), kernel=k,
                                                      num_filter=4, no_bias=True))
    show(f'conv{nd_} spatial out', lambda: nd.Convolution(full((1, 2) + (0,) * nd_), full((4, 2) + k), kernel=k,
                                                          num_filter=4, no_bias=True, out=full((1, 4) + (3,) * nd_)))
    show(f'conv{nd_} spatial stride out', lambda: nd.Convolution(full((1, 2) + (0,) * nd_), full((4, 2) + k), kernel=k,
                                                                 stride=(2,) * nd_, num_filter=4, no_bias=True,
                                                                 out=full((1, 4) + (3,) * nd_)))
    show(f'deconv{nd_} spatial', lambda: nd.Deconvolution(full((1, 2) + (0,) * nd_), full((2, 4) + k), kernel=k,
                                                          num_filter=4))
    show(f'deconv{nd_} spatial out', lambda: nd.Deconvolution(full((1, 2) + (0,) * nd_), full((2, 4) + k), kernel=k,
                                                              num_filter=4, out=full((1, 4) + (3,) * nd_)))
    show(f'deconv{nd_} out rank', lambda: nd.Deconvolution(full((1, 2) + (5,) * nd_), full((2, 4) + k), kernel=k,
                                                           num_filter=4, out=full((1, 4))))
for tag, f in [('fc', lambda a: nd.FullyConnected(a, full((4, 3)), num_hidden=4, no_bias=True, flatten=False)),
               ('conv', lambda a: nd.Convolution(a, full((4, 3, 3, 3)), kernel=(3, 3), num_filter=4, no_bias=True))]:
    for shape in [(2, 3, 0), (1, 3, 5, 0), (0, 3, 5, 5), (1, 0, 5, 5)]:
        a = full(shape)
        try:
            a.attach_grad()
            with mx.autograd.record():
                y = f(a)
            y.backward()
            print(tag, shape, 'grad', a.grad.shape, a.grad.asnumpy().sum())
        except Exception as e:
            print(tag, shape, 'grad ->', type(e).__name__, first_line(e))
