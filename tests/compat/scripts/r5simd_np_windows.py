# mx.np.hanning / hamming / blackman: the angle in float arithmetic, cosf / cos in the dtype, as MXNet's kernels
import mxnet as mx

for f in [mx.np.hanning, mx.np.hamming, mx.np.blackman]:
    for M in [1, 2, 5, 12, 51, 200]:
        for dt in [None, 'float64']:
            print(f.__name__, M, dt, f(M, dtype=dt).asnumpy().tobytes().hex())
    print(f.__name__, f(0), f(-2), f(5, dtype='int32'), f(3, dtype='uint8'))
    try:
        f(4, dtype='bool')
    except mx.base.MXNetError as e:
        print(type(e).__name__)
for M in [5, 12, 51]:
    print('hanning', M, mx.np.hanning(M, dtype='float16').asnumpy().tobytes().hex())
print(mx.np.hamming(4, dtype='float16'), mx.np.blackman(4, dtype='float16'))
