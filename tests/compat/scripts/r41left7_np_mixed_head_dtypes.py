"""mx.np binary ops on two dtypes (float16/32/64, ints, bool) and true_divide of one integer type, given head gradients of either input's dtype or another: gradients, dtypes, errors, recorded nodes."""
import json
from mxnet import np, npx, autograd
npx.set_np()

OPS = dict(add=np.add, sub=np.subtract, mul=np.multiply, div=np.true_divide, pow=np.power, mod=np.mod)
PAIRS = [('float16', 'float32'), ('float32', 'float16'), ('float32', 'float64'), ('float64', 'float32'),
         ('float16', 'float64'), ('int32', 'float32'), ('float32', 'int64'), ('int64', 'float16'),
         ('float64', 'int8'), ('bool', 'float32'), ('uint8', 'float64')]


def operand(dt, floats, ints):
    return np.array(floats if dt.startswith('float') else ints, dtype=dt)


def short(e):
    return type(e).__name__ + ': ' + ' | '.join(line.strip() for line in str(e).strip().split('\n'))[-150:]


for name, op in OPS.items():
    for da, db in PAIRS:
        heads = sorted({da, db, 'float64' if 'float64' not in (da, db) else 'float16'})
        for hg in heads:
            a = operand(da, [1.1, 2.3, 3.7], [2, 3, 5])
            b = operand(db, [4.3, 5.1, 1.9], [3, 2, 4])
            a.attach_grad()
            b.attach_grad()
            with autograd.record():
                y = op(a, b)
            head = np.array([0.1, 2.3, 7.0], dtype=hg) if hg != 'bool' else np.array([1, 0, 1], dtype=hg)
            try:
                y.backward(head)
                row = [str(a.grad.dtype), a.grad.asnumpy().tolist(), str(b.grad.dtype), b.grad.asnumpy().tolist()]
            except Exception as e:          # noqa: BLE001
                row = [short(e)]
            print(name, da, db, hg, *row)

# broadcasting shapes, head of the narrower type
a = np.array([1.1, 2.3, 3.7], dtype='float16')
b = np.array([[4.3, 5.1, 1.9], [0.3, 0.7, 1.3]], dtype='float32')
for hg in ['float16', 'float32']:
    for name in ['add', 'mul', 'div']:
        for x, z in [(a, b), (b, a)]:
            x.attach_grad()
            z.attach_grad()
            with autograd.record():
                y = OPS[name](x, z)
            y.backward(np.full(y.shape, 0.3, dtype=hg))
            print('bcast', name, hg, x.grad.asnumpy().tolist(), z.grad.asnumpy().tolist())

# a refused head dtype: the first gradient read raises, the other then reads its old data
a = np.array([1.1, 2.3, 3.7], dtype='float16')
b = np.array([4.3, 5.1, 1.9], dtype='float32')
a.attach_grad()
b.attach_grad()
with autograd.record():
    y = a * b
y.backward(np.ones(3, dtype='float64'))
for v in (a, b):
    try:
        print('read', v.grad)
    except Exception as e:      # noqa: BLE001
        print('read', short(e))

# autograd.grad with a narrower head, then again on the freed graph
with autograd.record():
    y = a * b
print('grad', [g.asnumpy().tolist() for g in autograd.grad(y, [a, b], head_grads=np.ones(3, dtype='float16'))])
try:
    autograd.grad(y, [a, b], head_grads=np.ones(3, dtype='float64'))
except Exception as e:          # noqa: BLE001
    print('grad again', short(e))

# one recorded node per mixed op
c = np.array([1, 2, 3], dtype='int32')
c.attach_grad()
with autograd.record():
    z = np.power(a * b, c) - a
    w = z / b
print([(n['op'], n['name']) for n in json.loads(autograd.get_symbol(w).tojson())['nodes']])

# true_divide of one integer (or bool) type: the backward reads the inputs in the head gradient's type
for dt in ['int32', 'int64', 'uint8', 'bool']:
    for hg in sorted({'float32', dt, 'float64', 'float16'}):
        a = np.array([2, 3, 5, 7], dtype=dt)
        b = np.array([1, 1, 2, 3], dtype=dt)
        a.attach_grad()
        b.attach_grad()
        with autograd.record():
            y = np.true_divide(a, b)
        try:
            y.backward(np.array([1, 2, 3, 4], dtype=hg))
            print('int div', dt, hg, a.grad.dtype, a.grad.asnumpy().tolist(), b.grad.asnumpy().tolist())
        except Exception as e:      # noqa: BLE001
            print('int div', dt, hg, short(e))
with autograd.record():
    w = np.true_divide(a, b) * 2
print([(n['op'], n['name']) for n in json.loads(autograd.get_symbol(w).tojson())['nodes']])

# a second order through mixed ops
a = np.array([1.1, 2.3, 3.7], dtype='float16')
b = np.array([4.3, 5.1, 1.9], dtype='float32')
a.attach_grad()
b.attach_grad()
with autograd.record():
    w = np.sin(a * b + c)
g = autograd.grad(w, [a, b], create_graph=True)
print('create_graph', [x.asnumpy().tolist() for x in g])
