"""Argument edges of mx.np functions: a 2-D q for percentile/quantile is refused (MXNetError); linalg.multi_dot
takes its arrays as one sequence and hands NumPy a copy of out (left unwritten); a sampler's scale array with
-inf among NaNs is refused."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def show(name, call):
    """The result (dtype, shape, values) or the exception class."""
    try:
        r = call()
        if hasattr(r, 'asnumpy'):
            r = (r.dtype, r.shape, r.reshape(-1).tolist())
        print(name, r)
    except Exception as e:  # noqa: BLE001
        print(name, type(e).__name__)


show('percentile 2-D q', lambda: np.percentile(np.arange(6.), np.array([[10, 20], [30, 40]])))
show('quantile 2-D q', lambda: np.quantile(np.arange(6.), np.array([[0.1, 0.2], [0.3, 0.4]])))
show('quantile 2-D q out of range', lambda: np.quantile(np.arange(6.), np.array([[1.5, 2.0]])))
show('percentile 1-D q', lambda: np.percentile(np.arange(6.), np.array([10, 35])))
show('percentile 0-d q', lambda: np.percentile(np.arange(6.), np.array(30)))
show('multi_dot two arrays', lambda: np.linalg.multi_dot(np.ones((2, 2)), np.ones((2, 2))))
out = np.zeros((2, 2))
show('multi_dot out', lambda: (np.linalg.multi_dot([np.ones((2, 2)), np.ones((2, 2))], out=out) is out, out.tolist()))
show('multi_dot out wrong shape', lambda: np.linalg.multi_dot([np.ones((2, 3)), np.ones((3, 2))], out=np.zeros((2, 3))))
show('multi_dot out wrong dtype',
     lambda: np.linalg.multi_dot([np.ones((2, 3)), np.ones((3, 2))], out=np.zeros((2, 2), dtype='float64')))
mx.random.seed(0)
show('rayleigh nan -inf', lambda: np.random.rayleigh(np.array([1., float('nan'), -float('inf')])))
show('gumbel nan -inf', lambda: np.random.gumbel(0, np.array([1., float('nan'), -float('inf')])))
show('rayleigh nan', lambda: np.random.rayleigh(np.array([1., float('nan')])).shape)
