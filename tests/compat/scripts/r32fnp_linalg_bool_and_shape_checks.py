"""np.linalg solve/eigh/eigvalsh/eig/eigvals/tensorsolve of bools fail at their kernels' lines; tensorinv and tensorsolve check shapes in MXNet's order."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
npx.set_np()


def show(f):
    try:
        r = f()
        parts = r if isinstance(r, (tuple, list)) else [r]
        print([p.shape for p in parts], parts[0])
    except mx.MXNetError as e:
        lines = str(e).splitlines()
        print(lines[1].strip() if lines[0].startswith('Traceback') else '', '|', lines[-1] if len(lines) < 4 else lines[2])


b = np.array([[True, False, True], [False, True, False], [True, True, False]], dtype='bool')
for f in [lambda: np.linalg.solve(b, b), lambda: np.linalg.eigh(b), lambda: np.linalg.eigvalsh(b), lambda: np.linalg.eig(b),
          lambda: np.linalg.eigvals(b), lambda: np.linalg.tensorsolve(b, b[0]),
          lambda: np.linalg.tensorinv(np.zeros((2, 0, 0)), ind=1), lambda: np.linalg.tensorinv(np.zeros((0, 2, 2)), ind=1),
          lambda: np.linalg.tensorinv(np.zeros((2, 3)), ind=1), lambda: np.linalg.tensorsolve(np.ones(3), np.array(2.)),
          lambda: np.linalg.tensorsolve(np.ones((1, 1)), np.array(2.)), lambda: np.linalg.tensorsolve(np.ones((2, 3)), np.ones(2))]:
    show(f)
