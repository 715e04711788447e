"""np.linalg.multi_dot takes a list, a tuple or an array's rows, and refuses a 0-d array by its missing length, as MXNet's fallback does."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()

a = np.arange(6.0).reshape(2, 3)
b = np.arange(6.0).reshape(3, 2) * 0.5
for label, f in [('empty', lambda: np.linalg.multi_dot([])),
                 ('one', lambda: np.linalg.multi_dot([a])),
                 ('tuple', lambda: np.linalg.multi_dot((a, b))),
                 ('three', lambda: np.linalg.multi_dot([a, b, a])),
                 ('vectors at the ends', lambda: np.linalg.multi_dot([np.ones(3), b, np.ones(2)])),
                 ('0-d array', lambda: np.linalg.multi_dot(np.array(2.0))),
                 ('rows of an array', lambda: np.linalg.multi_dot(np.ones((2, 2))))]:
    try:
        r = f()
        print(label, type(r).__name__, r)
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
