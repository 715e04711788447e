"""float16 np.dot / tensordot / inner / outer / vdot under autograd: the product fails when read, and so does the first operand's gradient, with BLAS's own 'Not implmented!' (the second's is zeros), whichever is read first."""
import mxnet as mx
from mxnet import autograd

np = mx.np
mx.npx.set_np()
cases = [('dot', np.dot, (2, 3), (3, 2)), ('dot vv', np.dot, (3,), (3,)), ('dot mv', np.dot, (2, 3), (3,)),
         ('dot 3d', np.dot, (2, 3, 4), (4, 2)), ('tensordot int', lambda a, b: np.tensordot(a, b, 1), (2, 3), (3, 2)),
         ('tensordot pairs', lambda a, b: np.tensordot(a, b, ([1], [0])), (2, 3), (3, 2)),
         ('inner', np.inner, (2, 3), (2, 3)), ('outer', np.outer, (2,), (3,)), ('vdot', np.vdot, (3,), (3,))]
for label, fn, sa, sb in cases:
    for grads_first in (False, True):
        a, b = np.ones(sa, dtype='float16'), np.ones(sb, dtype='float16')
        a.attach_grad()
        b.attach_grad()
        with autograd.record():
            y = fn(a, b)
        y.backward()
        reads = [('a.grad', a.grad), ('b.grad', b.grad)]
        reads = reads + [('y', y)] if grads_first else [('y', y)] + reads
        for name, arr in reads:
            try:
                print(label, name, arr.asnumpy().ravel()[:2])
            except mx.base.MXNetError as e:
                lines = str(e).strip().splitlines()
                print(label, name, lines[1].strip(), lines[-1][:60])
