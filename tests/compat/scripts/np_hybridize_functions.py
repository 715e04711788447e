"""Hybridized blocks calling the F.np functions whose graph node runs a whole NumPy function (diff, roll, pad,
percentile, unique, linalg.pinv, ...): outputs, input gradients and the exported nodes."""
import json

from mxnet import autograd, np, npx

from _hybrid_call import Call

npx.set_np()


def show(v):
    return [show(p) for p in v] if isinstance(v, (list, tuple)) else (v.dtype.name, v.shape, v.asnumpy().round(5).tolist())


a = np.array([[1., 2., 4.], [7., 11., 16.], [22., 29., 37.]])
b = np.array([[0.5, 1.5, -1.], [2., 0.25, 3.]])
m = np.array([[4., 1.], [1., 3.]])
ints = np.array([1, 3, 3, 0, 5], dtype='int32')
CASES = [
    ('atleast_1d', lambda F, x: F.np.atleast_1d(x), [a]),
    ('atleast_3d_two', lambda F, x, y: F.np.atleast_3d(x, y), [a, b]),
    ('column_stack', lambda F, x: F.np.column_stack([x, x]), [a]),
    ('dstack', lambda F, x: F.np.dstack([x, x * 2]), [a]),
    ('hsplit', lambda F, x: F.np.hsplit(x, 3), [a]),
    ('dsplit', lambda F, x: F.np.dsplit(F.np.atleast_3d(x), 1), [a]),
    ('average', lambda F, x: F.np.average(x, axis=1), [a]),
    ('average_w', lambda F, x, w: F.np.average(x, axis=0, weights=w), [a, np.array([1., 2., 3.])]),
    ('diagflat', lambda F, x: F.np.diagflat(x, k=1), [b]),
    ('diagonal', lambda F, x: F.np.diagonal(x, offset=1), [a]),
    ('trace', lambda F, x: F.np.trace(x, offset=-1), [a]),
    ('roll', lambda F, x: F.np.roll(x, 2, axis=1), [a]),
    ('roll_flat', lambda F, x: F.np.roll(x, -1), [a]),
    ('rot90', lambda F, x: F.np.rot90(x, k=3), [b]),
    ('diff', lambda F, x: F.np.diff(x, n=2, axis=0), [a]),
    ('ediff1d', lambda F, x: F.np.ediff1d(x, to_begin=-1.), [a]),
    ('pad_edge', lambda F, x: F.np.pad(x, ((1, 0), (0, 2)), mode='edge'), [b]),
    ('pad_constant', lambda F, x: F.np.pad(x, ((1, 1), (1, 1))), [b]),
    ('delete', lambda F, x: F.np.delete(x, 1, axis=0), [a]),
    ('delete_slice', lambda F, x: F.np.delete(x, slice(0, 2), axis=1), [a]),
    ('insert', lambda F, x: F.np.insert(x, 1, 5.), [np.array([1., 2.])]),
    ('percentile', lambda F, x: F.np.percentile(x, 40, axis=0), [a]),
    ('quantile', lambda F, x: F.np.quantile(x, 0.3, interpolation='lower'), [a]),
    ('pinv', lambda F, x: F.np.linalg.pinv(x), [m]),
    ('eigvalsh', lambda F, x: F.np.linalg.eigvalsh(x), [m]),
    ('tensorinv', lambda F, x: F.np.linalg.tensorinv(x, ind=1), [m]),
    ('tensorsolve', lambda F, x, y: F.np.linalg.tensorsolve(x, y), [m, np.array([1., 2.])]),
    ('bincount', lambda F, x: F.np.bincount(x, minlength=7), [ints]),
    ('unique', lambda F, x: F.np.unique(x, return_counts=True), [ints]),
    ('bitwise', lambda F, x: F.np.bitwise_xor(F.np.bitwise_and(x, 6), F.np.invert(x)), [ints]),
    ('lcm', lambda F, x: F.np.lcm(x, 4), [ints]),
    ('windows', lambda F, x: x + F.np.hanning(3) + F.np.blackman(3) + F.np.hamming(3), [np.zeros(3)]),
    ('made', lambda F, x: F.np.identity(2) * x + F.np.indices((2, 2)).astype('float32').sum(), [np.ones(2)]),
    ('logspace', lambda F, x: F.np.logspace(0, 2, 3) + x, [np.zeros(3)]),
    ('product', lambda F, x: F.np.product(x, axis=1), [b]),
    ('append', lambda F, x, y: F.np.append(x, y), [b, b]),
]


def run(fn, inputs):
    net = Call(fn)
    net.hybridize()
    xs = [x.copy() for x in inputs]
    floats = [x for x in xs if x.dtype.kind == 'f']
    for x in floats:
        x.attach_grad()
    with autograd.record():
        out = net(*xs)
        heads = out if isinstance(out, (list, tuple)) else [out]
        weighted = [h * (i + 1) for i, h in enumerate(heads)]
    grads = []
    if floats and all(h.dtype.kind == 'f' for h in heads):
        autograd.backward(weighted)
        grads = [x.grad for x in floats]
        for g in grads:
            g.wait_to_read()
    nodes = json.loads(net._cached_graph[1].tojson())['nodes']
    return out, grads, [(n['op'], n.get('attrs', {})) for n in nodes if n['op'] != 'null']


for name, fn, inputs in CASES:
    try:
        out, grads, nodes = run(fn, inputs)
        print(name, show(out))
        print('   grads', show(grads))
        print('   nodes', nodes)
    except Exception as e:
        last = [line for line in str(e).splitlines() if line.strip()][-1]
        print(name, 'ERR', type(e).__name__, last.replace('MXNetError: ', '').strip()[:120])
