"""pick/choose_element_0index and sample_multinomial check out='s count and shape before the index's shape or out='s dtype; fft/ifft check out= before their GPU-only refusal; getnnz parses its axis (refusing a tuple) and checks it before the storage type; dir(nd.sparse)."""
import numpy as np
import mxnet as mx


def t(name, f):
    try:
        r = f()
        print(name, 'OK', [x.shape for x in r] if isinstance(r, list) else r.shape)
    except Exception as e:
        lines = [l for l in str(e).split('\n') if l.strip() and not l.startswith(('Traceback', '  File'))]
        print(name, type(e).__name__, lines[0][:300])


a = mx.nd.array([[1, 2, 3], [4, 5, 6]])
b = mx.nd.array([1, 2, 3])
for op in ['pick', 'choose_element_0index']:
    f = getattr(mx.nd, op)
    t(op + '1', lambda: f(a, mx.nd.array([[0, 1]]), out=mx.nd.zeros((5,))))
    t(op + '2', lambda: f(a, mx.nd.array([0, 1, 2]), out=mx.nd.zeros((5,))))
    t(op + '3', lambda: f(a, mx.nd.array([0, 1, 2]), out=mx.nd.zeros((2,))))
    t(op + '5', lambda: f(a, mx.nd.array(5), out=mx.nd.zeros((5,))))
    t(op + '6', lambda: f(a, mx.nd.array([0, 1]), axis=0, out=mx.nd.zeros((5,))))
    t(op + '8', lambda: f(a, mx.nd.array([[0, 1, 2]]), axis=0, keepdims=True, out=mx.nd.zeros((5,))))
    t(op + '10', lambda: f(a, mx.nd.array([0, 1]), out=mx.nd.zeros((2,), dtype='int32')))
    t(op + '11', lambda: f(a, mx.nd.array([[0, 1]]), out=mx.nd.zeros((2,), dtype='int32')))
for kd in [False, True]:
    for ax in [-1, 0, 1, 2, -3, 5]:
        t('1d %s %s' % (kd, ax), lambda: mx.nd.pick(b, mx.nd.array([0, 1]), axis=ax, keepdims=kd, out=mx.nd.zeros((5,))))
        t('2d %s %s' % (kd, ax), lambda: mx.nd.pick(a, mx.nd.array([0, 1, 1, 1]), axis=ax, keepdims=kd, out=mx.nd.zeros((5,))))
        t('3d %s %s' % (kd, ax), lambda: mx.nd.pick(mx.nd.ones((2, 3, 4)), mx.nd.array([0, 1, 1, 1]), axis=ax, keepdims=kd,
                                                    out=mx.nd.zeros((5,))))
t('none', lambda: mx.nd.pick(a, mx.nd.array([0, 1, 1, 1]), axis=None, out=mx.nd.zeros((5,))))
t('sax', lambda: mx.nd.pick(a, mx.nd.array([0, 1, 1, 1]), axis='0', out=mx.nd.zeros((5,))))
t('lst', lambda: mx.nd.pick(a, mx.nd.array([0, 1, 1, 1]), out=[mx.nd.zeros((5,))]))
t('meth', lambda: a.pick(mx.nd.array([0, 1, 1, 1]), out=mx.nd.zeros((5,))))
t('f16', lambda: mx.nd.pick(a, mx.nd.array([0, 1, 1, 1]), out=mx.nd.zeros((5,), dtype='float16')))

p = mx.nd.array([[0.2, 0.8], [0.5, 0.5]])
p1 = mx.nd.array([0.2, 0.8])
for sh in [(), 3, (2, 3), (0,), None]:
    for d in [p, p1, mx.nd.array(np.zeros((0, 2))), mx.nd.array(np.zeros((2, 0)))]:
        for o in [(3,), (2,), (2, 3), (1,)]:
            for dt in ['float32', 'int32']:
                if d.size == 0 and (sh is None or sh == (0,) or dt == 'int32' and len(o) == len(
                        d.shape[:-1] + ((sh,) if isinstance(sh, int) else sh) or (1,))):
                    continue        # (MXNet's kernel then runs on the empty input)
                t('%s %s %s %s' % (sh, d.shape, o, dt),
                  lambda: mx.nd.sample_multinomial(d, shape=sh, out=mx.nd.zeros(o, dtype=dt)))
for gp in [True, False, 1]:
    t('gp %s 1' % gp, lambda: mx.nd.sample_multinomial(p, get_prob=gp, out=mx.nd.zeros((3,))))
    t('gp %s 2' % gp, lambda: mx.nd.sample_multinomial(p, get_prob=gp, out=[mx.nd.zeros((3,)), mx.nd.zeros((2,))]))
    t('gp %s 3' % gp, lambda: mx.nd.sample_multinomial(p, get_prob=gp, out=[mx.nd.zeros((2,)), mx.nd.zeros((3,))]))
    t('gp %s 4' % gp, lambda: mx.nd.sample_multinomial(p, get_prob=gp, out=[mx.nd.zeros((2,), dtype='int32'), mx.nd.zeros((3,))]))
t('rnd', lambda: mx.nd.random.multinomial(p, shape=2, out=mx.nd.zeros((2,))))
t('rnd2', lambda: mx.nd.random.multinomial(p, get_prob=True, out=mx.nd.zeros((2,))))
t('int', lambda: mx.nd.sample_multinomial(p.astype('int32'), out=mx.nd.zeros((3,))))
t('i64', lambda: mx.nd.sample_multinomial(p, dtype='int64', out=mx.nd.zeros((3,), dtype='int32')))

for fn in ['fft', 'ifft']:
    f = getattr(mx.nd.contrib, fn)
    t(fn + '1', lambda: f(mx.nd.ones((2, 4)), out=mx.nd.zeros((3,))))
    t(fn + '2', lambda: f(mx.nd.ones((2, 4)), out=mx.nd.zeros((2, 8), dtype='float64')))
    t(fn + '3', lambda: f(mx.nd.ones(()), out=mx.nd.zeros((3,))))
    t(fn + '4', lambda: f(mx.nd.ones((1, 2, 3, 4)), out=mx.nd.zeros((5,))))
    t(fn + '5', lambda: f(mx.nd.ones((2, 3, 4)), out=mx.nd.zeros((5,))))
    t(fn + '6', lambda: f(mx.nd.ones((2, 4)), out=mx.nd.zeros((2, 8), dtype='int32')))
    t(fn + '7', lambda: f(mx.nd.ones((2, 4)), out=mx.nd.zeros((2, 8))))
    t(fn + '8', lambda: f(mx.nd.ones((2, 4), dtype='float64'), out=mx.nd.zeros((2, 2))))

c = mx.nd.array([[0, 1], [2, 0]])
for ax in [(0,), (0, 1), (), [0], None, 1, -1, 2, '1', 'None', '(1,)', 1.0, True]:
    t('getnnz %r' % (ax,), lambda: mx.nd.contrib.getnnz(c, axis=ax))
    t('csr getnnz %r' % (ax,), lambda: mx.nd.contrib.getnnz(c.tostype('csr'), axis=ax))
t('sym getnnz', lambda: mx.sym.contrib.getnnz(mx.sym.var('a'), axis=(1,)))

# (MXNet's nd.sparse also lists op, spsp and _STORAGE_AUX_TYPES)
print([n for n in dir(mx.nd.sparse) if n not in ('op', 'spsp', '_STORAGE_AUX_TYPES') and (not n.startswith('_') or n.isupper() or n[:2] == '__')])
