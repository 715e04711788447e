"""Over legacy data of unknown (zero) batch, BatchNorm with output_mean_var gives an output of unknown size while its mean and var (moving or batch statistics) stay readable, and nearest UpSampling of a second input of known batch fails its kernel's assignment printing the unknown batch as -1, as MXNet does."""
import mxnet as mx
import numpy as np
nd = mx.nd


def full(shape, dtype='float32', v=2.0):
    return nd.array(np.full(shape, v), dtype=dtype)


def t(label, f):
    try:
        r = f()
        print(label, 'ok', r.shape if isinstance(r, nd.NDArray) else r)
    except Exception as e:
        lines = [l for l in str(e).split('\n') if l.strip()]
        print(label, 'err', type(e).__name__, ' | '.join(lines[1:3])[:300])


def probe(name, f):
    ys = f()
    for i, y in enumerate(ys):
        tag = f'{name}[{i}]'
        t(tag + ' dtype', lambda: y.dtype)
        t(tag + ' shape', lambda: y.shape)
        t(tag + ' wait', lambda: y.wait_to_read())
        t(tag + ' asnumpy', lambda: y.asnumpy())
        t(tag + ' plus', lambda: (y + 1).asnumpy())
    t(name + ' waitall', lambda: nd.waitall())


def batch_norm(data, train=False, dtype='float32', **kwargs):
    mm, mv = full((3,), dtype), full((3,), dtype, v=3.0)
    with mx.autograd.record(train_mode=train):
        ys = nd.BatchNorm(data, full((3,), dtype), full((3,), dtype), mm, mv, output_mean_var=True, **kwargs)
    return ys + [mm, mv]


x = full((0, 3, 4, 4))
probe('bn', lambda: batch_norm(x))
probe('bn 2-d', lambda: batch_norm(full((0, 3))))
probe('bn float64', lambda: batch_norm(full((0, 3), 'float64'), dtype='float64'))
probe('bn float16', lambda: batch_norm(full((0, 3), 'float16')))
probe('bn axis 0', lambda: batch_norm(full((3, 0)), axis=0))
probe('bn global stats', lambda: batch_norm(x, use_global_stats=True, fix_gamma=False))
probe('bn train', lambda: batch_norm(x, train=True))
probe('bn train global stats', lambda: batch_norm(x, train=True, use_global_stats=True))

x2 = full((0, 3))
g = full((3,))
g.attach_grad()
with mx.autograd.record():
    y = nd.BatchNorm(x2, g, full((3,)), full((3,)), full((3,)), output_mean_var=True)
t('recorded mean', lambda: y[1].asnumpy())
t('backward', lambda: y[1].backward())
t('gamma grad', lambda: g.grad.asnumpy())
t('waitall', lambda: nd.waitall())

o = [full((0, 3)), full((3,), v=5), full((3,), v=6)]
t('out=', lambda: nd.BatchNorm(x2, full((3,)), full((3,)), full((3,)), full((3,)), output_mean_var=True, out=o))
t('out[1]', lambda: o[1].asnumpy())
t('out[2]', lambda: o[2].asnumpy())
t('waitall', lambda: nd.waitall())

up = dict(sample_type='nearest')
t('up concat', lambda: nd.UpSampling(x, full((1, 3, 4, 4)), scale=2, num_args=2, **up))
t('up batch 2', lambda: nd.UpSampling(x, full((2, 3, 2, 2)), scale=2, num_args=2, **up))
t('up sum', lambda: nd.UpSampling(x, full((1, 3, 4, 4)), scale=2, num_args=2, multi_input_mode='sum', **up))
t('up scale 1', lambda: nd.UpSampling(x, full((1, 2, 4, 4)), scale=1, num_args=2, **up))
t('up three', lambda: nd.UpSampling(x, full((0, 3, 4, 4)), full((1, 3, 8, 8)), scale=2, num_args=3, **up))
t('up unknown pair', lambda: nd.UpSampling(x, full((0, 3, 8, 8)), scale=2, num_args=2, **up).shape)
t('waitall', lambda: nd.waitall())
