"""get_symbol of mx.np indexing: one boolean mask (array or list of bools) as Reshape, _contrib_boolean_mask, Reshape; index arrays and lists (alone or in tuples, bool arrays in tuples) as gather_nd with a constant; None axes after a gather as _np_reshape with order C."""
import json
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()
def msg(e):
    return type(e).__name__ + ' ' + [l for l in str(e).split('\n') if l.strip()][-1][:170]
def nodes(y):
    return [(n['op'], n['name'], n.get('attrs'), n['inputs']) for n in json.loads(autograd.get_symbol(y).tojson())['nodes']]
B = lambda *v: np.array(v, dtype=bool)
I = lambda *v: np.array(v, dtype='int32')
x = np.arange(24.).reshape(2, 3, 4); x.attach_grad()
keys = [B(True, False), B([True, False, True], [False, False, True]), (B(True, False),), [True, False],
        (slice(None), B(True, False, True)), (1, B(True, False, True)), (B(True, False), 1),
        (B(True, False), slice(None), B(True, False, True, True)),
        (I(0, 1), slice(None), I(1, 3)), (slice(None), I(0, 2), I(1, 3)), (I(1,), None, slice(1, 3)),
        (Ellipsis, I(0, 3)), (I(0, 1), Ellipsis), ([1, 0],), ([[1, 0], [0, 0]], 1), (0, [1, 2], None),
        (np.array([1, 0], dtype='int64'),), I(1, 0), (I(1, 0), I(0,)), np.array([1., 0.]), [1, 0],
        (np.array([0., 1.]), np.array([2., 0.])), (None, I(1)), B([True, False, True], [False, True, True]) ]
for k in keys:
    try:
        with autograd.record():
            y = x[k] * 2
        print(repr(k).replace('\n', '')[:70], y.shape, nodes(y))
        y.backward()
        print(' grad', x.grad.sum(axis=(1, 2)).tolist())
    except Exception as e:
        print(repr(k).replace('\n', '')[:70], msg(e))
with autograd.record():
    z = x * 1
    y = z[B(True, False)]
    w = z[[1, 0]]
    v = z[[True, False]][0]
print('mid', nodes(y), nodes(w), nodes(v))
x2 = np.arange(12.).reshape(3, 4); x2.attach_grad()
with autograd.record():
    y = x2[[True, False, True]] + x2[(np.array([0, 2]), np.array([1, 3]))].sum() + x2[[0, 2]]
print('several', nodes(y))
# recorded masks: flattened by a Reshape of their own
x = np.arange(24.).reshape(2, 3, 4); x.attach_grad()
m = np.array([True, False], dtype=bool); m.attach_grad()
m2 = np.array([[True, False, True], [False, True, True]], dtype=bool); m2.attach_grad()
with autograd.record():
    y = x[m] * 2
    z = x[m2] + x[[True, False]].sum()
    w = x[np.logical_not(m2)]
print('recorded masks', nodes(y), nodes(z), nodes(w))
z.backward()
print(x.grad.sum(axis=(1, 2)).tolist())
# a float64 head gradient: the last Reshape of a mask converts it, a gather_nd does not
for k in [[True, False, True], np.array([True, False, True], dtype=bool), [0, 2], (np.array([0, 2]),)]:
    x = np.arange(12.).reshape(3, 4); x.attach_grad()
    try:
        with autograd.record():
            y = x[k]
        y.backward(np.ones(y.shape, dtype='float64'))
        print('head float64', x.grad.sum().item())
    except Exception as e:
        print('head float64', msg(e))
# 0-d index arrays: one-row slices of the flattened array, their axes dropped by the last reshape
I0 = lambda v, dt='int32': np.array(v, dtype=dt)
for shape in [(5,), (2, 3, 4)]:
    x = np.arange(float(5 if len(shape) == 1 else 24)).reshape(shape)
    x.attach_grad()
    for k in [I0(1), I0(-1), I0(1, 'int64'), I0(True, bool), I0(False, bool), (I0(1), 0), (0, I0(1)), (I0(1), None),
              (Ellipsis, I0(1)), (I0(-1), Ellipsis)]:
        try:
            with autograd.record():
                y = x[k] * 1
            print(shape, repr(k).replace('\n', '')[:50], y.shape, nodes(y)[1:])
            y.backward()
            print(' grad', x.grad.sum().item())
        except Exception as e:
            print(shape, repr(k).replace('\n', '')[:50], msg(e))
