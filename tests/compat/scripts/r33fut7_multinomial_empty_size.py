"""np.random.multinomial with an empty size: an empty int64 result, no pvals-sum check and no draw, as MXNet runs no kernel."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
npx.set_np()
for pv in [[0.5, 0.6], [0.5, 0.5], [-0.1, 1.1], [], [2.0]]:
    for size in [None, 0, (4, 0, 2), (2,), ()]:
        mx.random.seed(1)
        try:
            r = np.random.multinomial(5, pv, size=size)
            print(pv, size, r.dtype, r.shape, r.asnumpy().ravel()[:4])
        except Exception as e:
            print(pv, size, "ERR", type(e).__name__, str(e).replace("\n", " | ")[:250])
for pv in [np.array([0.5, 0.6]), [0.5, 0.6]]:
    for size in [0, (4, 0, 2), (0,)]:
        for n in [5, 0]:
            mx.random.seed(1)
            try:
                r = np.random.multinomial(n, pv, size=size)
                print(type(pv).__name__, size, n, r.dtype, r.shape, np.random.uniform(size=2))
            except Exception as e:
                print(type(pv).__name__, size, n, "ERR", type(e).__name__, str(e).replace("\n", " | ")[:250])
mx.random.seed(1)
print(np.random.uniform(size=2))
for pv in [[0.2, 0.8], np.array([0.2, 0.8])]:
    mx.random.seed(4)
    np.random.multinomial(5, pv, size=(2, 0))
    print(np.random.multinomial(5, pv, size=3))
    mx.random.seed(4)
    print(np.random.multinomial(5, pv, size=3))
