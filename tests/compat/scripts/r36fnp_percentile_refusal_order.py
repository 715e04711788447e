"""np.percentile / np.quantile kernel refusals in MXNet's order: a bool array first, then percentiles out of range, then too many dimensions."""
import mxnet as mx

np = mx.np
mx.npx.set_np()


def show(label, f):
    try:
        r = f()
        print(label, r.dtype, r.shape, r.asnumpy().ravel().tolist()[:3])
    except Exception as e:
        print(label, type(e).__name__, str(e).strip().splitlines()[-1])


for nd, q, ax in [(2, 0.5, 0), (6, 0.5, 0), (7, 0.5, 0), (8, 0.5, 7), (2, 1.5, 0), (6, 1.5, 0), (6, 1.5, 5),
                  (7, 1.5, 0), (7, 1.5, 6), (8, 1.5, 7), (3, -0.5, None)]:
    a = np.ones((2,) * nd)
    show('quantile %dd q=%s axis=%s' % (nd, q, ax), lambda: np.quantile(a, q, axis=ax))
    show('percentile %dd q=%s axis=%s' % (nd, q * 100, ax), lambda: np.percentile(a, q * 100, axis=ax))
for nd, q, ax in [(2, 1.5, 0), (6, 1.5, None), (7, 1.5, 0)]:
    a = np.ones((2,) * nd, dtype='bool')
    show('bool quantile %dd q=%s axis=%s' % (nd, q, ax), lambda: np.quantile(a, q, axis=ax))
