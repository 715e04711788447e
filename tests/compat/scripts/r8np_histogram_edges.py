"""np.histogram with a number of bins and a range: MXNet's edges (high * i + low * (bins - i)) / bins in double,
cast to the array's type, and its counts compared in double against the double range (a float16 or float32 value
just outside the range is not counted)."""
from mxnet import np, npx

npx.set_np()
x = np.array([-1.3, 0.1, 0.7, 2.7, 1.9, 0.33, -0.2, 1.0, 1.0], dtype='float64')
for dt in ['float64', 'float32', 'float16', 'int32', 'uint8']:
    for bins, rng in [(7, (-1.3, 2.7)), (3, (-2, 2)), (10, (0.1, 0.7)), (9, (-1.1, 1.3)), (4, (1, 1))]:
        counts, edges = np.histogram(x.astype(dt), bins=bins, range=rng)
        print(dt, bins, rng, counts.tolist(), edges.dtype, edges.asnumpy().tobytes().hex())
