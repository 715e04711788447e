"""np.linalg.norm of float16 data along one axis logs MXNet's once-per-process LpNorm advice (with the numpy linalg source path); whole-array, several-axes, matrix and empty norms do not; read back from the process's stderr."""
import mxnet as mx
from mxnet import np, npx

from _stderr import stderr_of

npx.set_np()


def logged(call):
    def run():
        call()
        mx.nd.waitall()
    res, lines = stderr_of(run)
    if isinstance(res, mx.base.MXNetError):
        print("   raises", str(res).strip().splitlines()[-1][:90])
    elif isinstance(res, Exception):
        raise res
    return [line.split('] ', 1)[-1] for line in lines if line.strip()]


h = np.array([[1, 2], [3, 4], [5, 6]], dtype="float16")
CALLS = [("whole", lambda: np.linalg.norm(h)), ("axes (0, 1)", lambda: np.linalg.norm(h, axis=(0, 1))),
         ("fro", lambda: np.linalg.norm(h, 'fro')), ("ord 1 matrix", lambda: np.linalg.norm(h, 1)),
         ("flat", lambda: np.linalg.norm(h.reshape(-1))), ("float32 axis 0", lambda: np.linalg.norm(h.astype('float32'), axis=0)),
         ("empty axis 0", lambda: np.linalg.norm(np.zeros((0, 2), dtype='float16'), axis=0)),
         ("inf axis 1", lambda: np.linalg.norm(h, np.inf, axis=1)), ("axis 0", lambda: np.linalg.norm(h, axis=0)),
         ("ord 3 axis 1", lambda: np.linalg.norm(h, 3, axis=1))]
for name, call in CALLS:
    print(name, logged(call))
