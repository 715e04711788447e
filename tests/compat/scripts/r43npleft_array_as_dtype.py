"""An mx.np array given as a dtype (by position or keyword) stands for its own dtype in the _like creators, creators, reductions, samplers and npx.one_hot, as MXNet's front end reads it."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()
a = np.array([[1.5, 2], [3, 4]])


def show(f):
    try:
        r = f()
        print(repr(r), r.dtype)
    except Exception as e:
        print(type(e).__name__, str(e)[:300])


for d in (np.array([1, 2], dtype='int32'), np.array([1, 2], dtype='float16'), np.array(5, dtype='int8'), a):
    print('---', d.dtype)
    show(lambda: np.ones_like(a, d))
    show(lambda: np.ones_like(a, dtype=d))
    show(lambda: np.zeros_like(a, d))
    show(lambda: np.full_like(a, 2, d))
    show(lambda: np.full_like(a, 2, dtype=d))
    show(lambda: np.zeros(2, d))
    show(lambda: np.ones((2,), dtype=d))
    show(lambda: np.full(2, 7, d))
    show(lambda: np.arange(3, dtype=d))
    show(lambda: np.linspace(0, 1, 3, dtype=d))
    show(lambda: np.eye(2, dtype=d))
    show(lambda: np.array([1, 2], d))
    show(lambda: a.astype(d))
    show(lambda: np.sum(a, dtype=d))
    show(lambda: np.cumsum(a, dtype=d))
    show(lambda: np.random.uniform(0, 1, (2,), dtype=d).shape and np.zeros(1, d))
    show(lambda: np.random.randint(0, 5, (2,), dtype=d).shape and np.zeros(1, d))
    show(lambda: npx.one_hot(np.array([1, 2], dtype='int32'), 3, dtype=d))
    show(lambda: np.empty_like(a, d))
