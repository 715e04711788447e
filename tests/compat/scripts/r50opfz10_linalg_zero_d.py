"""Under NumPy shapes potrf and potri read a 0-d array as a 1x1 matrix (forward, backward, an int one failing when read), and extractdiag, extracttrian, makediag and maketrian fail shape inference on it, as in MXNet."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import nd, autograd
mx.util.set_np_shape(True)
def full(label, f):
    try:
        r = f()
        for o in (r if isinstance(r, list) else [r]):
            print(label, 'call', o.shape, o.dtype.__name__, flush=True)
            print(label, 'read', o.asnumpy().tolist(), flush=True)
    except Exception as e:
        print(label, type(e).__name__, repr(str(e)), flush=True)
for op in ['extractdiag', 'extracttrian', 'makediag', 'maketrian', 'potrf', 'potri', 'sumlogdiag', 'inverse', 'det', 'slogdet', 'gelqf', 'syevd']:
    for dt in ['float32', 'float64', 'int32']:
        full(op + ' ' + dt, lambda: getattr(nd.linalg, op)(nd.array(2.5, dtype=dt)))
for dt in ['float32', 'float64']:
    x = nd.array(2.5, dtype=dt); x.attach_grad()
    for op in ['potrf', 'potri']:
        with autograd.record():
            y = getattr(nd.linalg, op)(x)
        y.backward()
        print(op, 'grad', dt, x.grad.shape, x.grad.asnumpy().tolist())
