# mx.np.linspace/logspace and mx.nd.linspace as MXNet: start + i * step in double (no forced endpoint), the C pow
import mxnet as mx
cases = [(0.1, 3.7, 50, True), (-5.5, 8.25, 101, True), (0, 1, 1, True), (0, 1, 1, False), (1, 10, 7, False),
         (-2, 2, 33, True), (3.7, 0.1, 9, True), (1, 1000, 7, True), (0.3, 0.3, 4, True)]
for a, b, n, e in cases:
    for dt in [None, 'float64', 'float16', 'int32']:
        r = [mx.np.linspace(a, b, n, endpoint=e, dtype=dt), mx.np.logspace(a, b, n, endpoint=e, dtype=dt),
             mx.np.logspace(a, b, n, endpoint=e, base=2.5, dtype=dt)]
        print(a, b, n, e, dt, ' '.join(x.asnumpy().tobytes().hex() for x in r))
print(mx.np.linspace(0.1, 3.7, 7, retstep=True)[1])
for a, b, n, e in [(0.1, 3.7, 50, True), (-5.5, 8.25, 101, True), (1, 10, 7, False), (3.7, 0.1, 9, True)]:
    for dt in ['float32', 'float64', 'float16', 'int32']:
        print(a, b, n, e, dt, mx.nd.linspace(a, b, n, endpoint=e, dtype=dt).asnumpy().tobytes().hex())
