"""Of two NaNs, sparse sums and products keep the one MXNet's storage kernels keep (the stored value's or the right operand's in float and double, add_n's accumulator, the csr product's left operand), so Adamax and Nadam with row_sparse gradients keep MXNet's NaN signs, as MXNet does."""
import mxnet as mx
import numpy as np

pn = np.float32(np.nan)
nn = -np.float32(np.nan)
A = [pn, nn, pn, nn, 1.0, pn, 0.0, nn]
B = [nn, pn, pn, nn, pn, 2.0, nn, 0.0]


def signs(x):
    return ''.join(map(str, np.signbit(x.tostype('default').asnumpy().ravel()).astype(int).tolist()))


for reps, shape in ((1, (4, 2)), (30, (40, 6))):
    a0 = np.tile(np.array(A, dtype='float32'), reps).reshape(shape)
    b0 = np.tile(np.array(B, dtype='float32'), reps).reshape(shape)
    for dt in ('float32', 'float64', 'float16'):
        for sa, sb in (('row_sparse', 'default'), ('default', 'row_sparse'), ('row_sparse', 'row_sparse'),
                       ('csr', 'default'), ('default', 'csr'), ('csr', 'csr')):
            x = mx.nd.array(a0, dtype=dt).tostype(sa)
            y = mx.nd.array(b0, dtype=dt).tostype(sb)
            for op in ('+', '*', '-', 'elemwise_add', 'elemwise_mul', 'broadcast_add', 'add_n'):
                try:
                    if op == '+':
                        r = x + y
                    elif op == '*':
                        r = x * y
                    elif op == '-':
                        r = x - y
                    elif op == 'add_n':
                        r = mx.nd.add_n(x, y)
                    else:
                        r = getattr(mx.nd, op)(x, y)
                    print(reps, dt, sa, sb, op, r.stype, signs(r)[:24])
                except Exception as e:
                    print(reps, dt, sa, sb, op, type(e).__name__, str(e).splitlines()[-1][:80])

w0 = np.array([pn, nn, pn, nn, np.inf, -np.inf, 1.0, pn], dtype='float32').reshape(8, 1)
g0 = np.array([nn, pn, pn, nn, pn, nn, nn, 1.0], dtype='float32').reshape(8, 1)
for name in ('adamax', 'nadam', 'adam', 'ftml', 'rmsprop', 'sgd'):
    for wd in (0.0, 0.1):
        for dt in ('float32', 'float16'):
            o = mx.optimizer.create(name, learning_rate=1.0, wd=wd, rescale_grad=0.5)
            w = mx.nd.array(w0, dtype=dt)
            st = o.create_state(0, w)
            try:
                o.update(0, w, mx.nd.array(g0, dtype=dt).tostype('row_sparse'), st)
                sts = st if isinstance(st, (list, tuple)) else [st]
                print(name, wd, dt, signs(w), [None if s is None else signs(s) for s in sts])
            except Exception as e:
                print(name, wd, dt, type(e).__name__, str(e).splitlines()[-1][:100])
