"""Quantized operators called directly: type/shape checks, kernel refusals on read, mixed int8/uint8 concat, uint8 batch norm."""
# recorded on AVX2
import re
import mxnet as mx
import numpy as np

nd = mx.nd
np.random.seed(0)
x = nd.array(np.random.uniform(-2, 3, (2, 3, 4, 4)))
q, qmn, qmx = nd.contrib.quantize_v2(x, out_type='int8')
qu, qumn, qumx = nd.contrib.quantize_v2(x, out_type='uint8')
w = nd.array(np.random.uniform(-1, 1, (4, 3, 3, 3)))
qw, wmn, wmx = nd.contrib.quantize_v2(w, out_type='int8')
xf = nd.array(np.random.uniform(-1, 1, (3, 10)))
qf, fmn, fmx = nd.contrib.quantize_v2(xf, out_type='int8')
qwf, wfmn, wfmx = nd.contrib.quantize_v2(nd.array(np.random.uniform(-1, 1, (5, 10))), out_type='int8')
A = lambda v: nd.array([v])
i8a = nd.array([[10, -20, 127]], dtype='int8')
i8b = nd.array([[100, 5, -128]], dtype='int8')
u8 = nd.array([[10, 200, 255]], dtype='uint8')
bn_u8 = nd.array(np.array([0, 1, 2, 10, 64, 65, 100, 127, 128, 129, 200, 255]).reshape(1, 1, 3, 4), dtype='uint8')
ones, zeros = nd.ones(3), nd.zeros(3)

cases = [
    ('qconv uint8 weight', lambda: nd.contrib.quantized_conv(q, qw.astype('uint8'), qmn, qmx, wmn, wmx, kernel=(3, 3), num_filter=4, no_bias=True)),
    ('qconv uint8 bias', lambda: nd.contrib.quantized_conv(qu, q[:, :, :3, :3], qu[0, :2, 0, 0], qumn, qumx, qmn, qmx, qmn, qmx, kernel=(3, 3), num_filter=2)),
    ('qconv NHWC', lambda: nd.contrib.quantized_conv(q, qw, qmn, qmx, wmn, wmx, kernel=(3, 3), num_filter=4, no_bias=True, layout='NHWC')),
    ('qconv NCW', lambda: nd.contrib.quantized_conv(q.reshape((2, 3, 16)), q[:, :, 0, :3], qmn, qmx, qmn, qmx, kernel=(3,), num_filter=2, no_bias=True, layout='NCW')),
    ('qconv group', lambda: nd.contrib.quantized_conv(q, qw[:, :1], qmn, qmx, wmn, wmx, kernel=(3, 3), num_filter=3, num_group=3, no_bias=True)),
    ('qfc float32 data', lambda: nd.contrib.quantized_fully_connected(xf, qwf, fmn, fmx, wfmn, wfmx, num_hidden=5, no_bias=True)),
    ('qfc float16 data', lambda: nd.contrib.quantized_fully_connected(xf.astype('float16'), qwf, fmn, fmx, wfmn, wfmx, num_hidden=5, no_bias=True)),
    ('qfc uint8 weight', lambda: nd.contrib.quantized_fully_connected(qf, qwf.astype('uint8'), fmn, fmx, wfmn, wfmx, num_hidden=5, no_bias=True)),
    ('qpool float32', lambda: nd.contrib.quantized_pooling(x, qmn, qmx, kernel=(2, 2))),
    ('qpool lp', lambda: nd.contrib.quantized_pooling(q, qmn, qmx, kernel=(2, 2), pool_type='lp')),
    ('qpool sum', lambda: nd.contrib.quantized_pooling(q, qmn, qmx, kernel=(2, 2), pool_type='sum')),
    ('qpool 3-d data', lambda: nd.contrib.quantized_pooling(q.reshape((2, 3, 16)), qmn, qmx, kernel=(2,))),
    ('qact float32', lambda: nd.contrib.quantized_act(x, qmn, qmx, act_type='relu')),
    ('qact sigmoid', lambda: nd.contrib.quantized_act(q, qmn, qmx, act_type='sigmoid')),
    ('dequantize float32', lambda: nd.contrib.dequantize(x, qmn, qmx)),
    ('qbn no calib', lambda: nd.contrib.quantized_batch_norm(q, ones, zeros, zeros, ones, qmn, qmx)),
    ('qbn float32', lambda: nd.contrib.quantized_batch_norm(x, ones, zeros, zeros, ones, qmn, qmx, min_calib_range=-1., max_calib_range=1.)),
    ('qbn uint8', lambda: nd.contrib.quantized_batch_norm(qu, ones, zeros, zeros, ones, qumn, qumx, min_calib_range=-1., max_calib_range=1.)),
    ('qemb float32 weight', lambda: nd.contrib.quantized_embedding(nd.array([0, 1]), x.reshape((8, 12)), qmn, qmx, input_dim=8, output_dim=12)),
    ('qemb uint8 weight', lambda: nd.contrib.quantized_embedding(nd.array([0, 1]), qu.reshape((8, 12)), qmn, qmx, input_dim=8, output_dim=12)),
    ('qadd int8 float32', lambda: nd.contrib.quantized_elemwise_add(q, x, qmn, qmx, qmn, qmx)),
    ('qadd float16 int8', lambda: nd.contrib.quantized_elemwise_add(x.astype('float16'), q, qmn, qmx, qmn, qmx)),
    ('qadd shapes', lambda: nd.contrib.quantized_elemwise_add(q, qf, qmn, qmx, fmn, fmx)),
    ('qconcat float32', lambda: nd.contrib.quantized_concat(x, x, qmn, qmx, qmn, qmx, num_args=2, dim=1)),
    ('qconcat uint8 float32', lambda: nd.contrib.quantized_concat(qu, x, qumn, qumx, qmn, qmx, num_args=2, dim=1)),
    ('qconcat ndim', lambda: nd.contrib.quantized_concat(q, qf, qmn, qmx, fmn, fmx, num_args=2, dim=1)),
    ('qconcat dim 0', lambda: nd.contrib.quantized_concat(q, q[:, :2], qmn, qmx, qmn, qmx, num_args=2, dim=0)),
    ('qconcat int8 uint8', lambda: nd.contrib.quantized_concat(q, qu, qmn, qmx, qumn, qumx, num_args=2, dim=1)),
    ('qconcat uint8 int8', lambda: nd.contrib.quantized_concat(qu, q, qumn, qumx, qmn, qmx, num_args=2, dim=1)),
    ('qconcat positive ranges', lambda: nd.contrib.quantized_concat(i8a, i8b, A(0.5), A(1.0), A(0.7), A(2.0), num_args=2, dim=1)),
    ('qconcat negative ranges', lambda: nd.contrib.quantized_concat(i8a, i8b, A(-3.), A(-1.0), A(-2.), A(-0.5), num_args=2, dim=1)),
    ('qconcat uint8 positive', lambda: nd.contrib.quantized_concat(u8, u8, A(0.5), A(1.0), A(0.7), A(2.0), num_args=2, dim=1)),
    ('qconcat u8 i8 small', lambda: nd.contrib.quantized_concat(u8, i8a, A(0.5), A(1.0), A(-0.7), A(2.0), num_args=2, dim=1)),
    ('qconcat i8 u8 small', lambda: nd.contrib.quantized_concat(i8a, u8, A(-1.5), A(1.0), A(0.2), A(0.5), num_args=2, dim=1)),
    ('qconcat u8 i8 wide', lambda: nd.contrib.quantized_concat(u8, i8b, A(0.), A(4.0), A(-1), A(1.0), num_args=2, dim=1)),
]
q5 = nd.array(np.random.randint(-128, 128, (1, 2, 5, 4, 4)), dtype='int8')
u5 = nd.array(np.random.randint(0, 256, (1, 2, 5, 4, 4)), dtype='uint8')
for data, dname in ((q5, 'int8'), (u5, 'uint8')):
    for kw in (dict(kernel=(2, 2, 2), pool_type='max'), dict(kernel=(2, 2, 2), pool_type='avg'),
               dict(kernel=(3, 2, 2), stride=(2, 2, 2), pad=(1, 0, 1), pool_type='avg'),
               dict(kernel=(3, 3, 3), stride=(2, 2, 2), pooling_convention='full', pool_type='max'),
               dict(kernel=(1, 1, 1), global_pool=True, pool_type='avg'), dict(kernel=(2, 2), pool_type='max')):
        cases.append(('qpool 3-d %s %s' % (dname, sorted(kw.items())), lambda data=data, kw=kw:
                      nd.contrib.quantized_pooling(data, A(-1.), A(1.), **kw)))
for kw in (dict(kernel=(3, 3), stride=(2, 2), pad=(1, 1), pool_type='avg', count_include_pad=False),
           dict(kernel=(2, 3), stride=(1, 2), pool_type='max', pooling_convention='full')):
    cases.append(('qpool 2-d %s' % sorted(kw.items()), lambda kw=kw: nd.contrib.quantized_pooling(q, qmn, qmx, **kw)))
for rng, cal in [((0., 1.), (-1., 1.)), ((0., 1.), (-2., 2.)), ((-1., 1.), (-1., 1.)), ((0., 2.), (-1., 1.))]:
    cases.append(('qbn uint8 steps %s %s' % (rng, cal), lambda rng=rng, cal=cal: nd.contrib.quantized_batch_norm(
        bn_u8, nd.ones(1), nd.zeros(1), nd.zeros(1), nd.ones(1), A(rng[0]), A(rng[1]), min_calib_range=cal[0],
        max_calib_range=cal[1], eps=1e-5)))


def text(e):
    return re.sub(r'^\[\d\d:\d\d:\d\d\] ', '[time] ', str(e))


for name, f in cases:
    try:
        r = f()
    except Exception as e:
        print(name, 'at call:', type(e).__name__, text(e))
        continue
    try:
        r = r if isinstance(r, (list, tuple)) else [r]
        for o in r:
            o.wait_to_read()
        print(name, [(np.dtype(o.dtype).name, o.shape, o.asnumpy().ravel()[:24].tolist()) for o in r])
    except Exception as e:
        print(name, 'on read:', type(e).__name__, text(e))
