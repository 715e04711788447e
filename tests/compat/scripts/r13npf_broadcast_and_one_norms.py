"""np.broadcast_arrays folds shapes pairwise (equal-shaped inputs come back as they are); 1/-1 matrix norms' axes."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()


def show(text):
    try:
        v = eval(text)
        if isinstance(v, list):
            print(text, '->', [(x.shape, x.asnumpy().tolist()) for x in v])
        else:
            print(text, '->', v.shape, v.dtype, v.asnumpy().tolist())
    except Exception as e:      # noqa: BLE001
        print(text, '->', type(e).__name__, str(e).strip().splitlines()[-1].replace('MXNetError: ', ''))


x = np.arange(6.).reshape(2, 3) - 2
a = np.arange(24.).reshape(2, 3, 4) - 10
for case in ["np.broadcast_arrays(x, np.ones(2))", "np.broadcast_arrays(np.ones((2, 1)), np.ones((1, 3)), np.ones(4))",
             "np.broadcast_arrays(np.ones((2, 1)), np.ones((1, 3)))", "np.broadcast_arrays()", "np.broadcast_arrays(x)",
             "np.broadcast_arrays(np.ones((0, 3)), np.ones((1, 3)))",
             "np.linalg.norm(x, 1, (0, 0))", "np.linalg.norm(x, -1, (0, 0))", "np.linalg.norm(a, 1, (0, 0))",
             "np.linalg.norm(a, -1, (0, 0))", "np.linalg.norm(x[0], 1, (0, 0))", "np.linalg.norm(x, 1, (1, 0))",
             "np.linalg.norm(x, 1, (0, 1), True)", "np.linalg.norm(x, -1, (1, 0), True)",
             "np.linalg.norm(a, 1, (2, 0), True)",
             "np.linalg.norm(a, 1, (-1, 0))", "np.linalg.norm(a, -1, (0, -1))", "np.linalg.norm(x, 1, (0, 5))",
             "np.linalg.norm(x, 1, (5, 0))", "np.linalg.norm(np.zeros((0, 3)), -1, (0, 1))"]:
    show(case)
b = np.ones(3)
print(np.broadcast_arrays(b, b)[0] is b, np.broadcast_arrays(b, np.ones((2, 3)))[0] is b)
