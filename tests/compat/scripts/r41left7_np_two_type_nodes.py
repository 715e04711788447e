"""mx.np binary ops on two arrays of different types record one node (get_symbol's ops and numbering), and their backward errors or gradients."""
import json
from mxnet import np, npx, autograd
npx.set_np()


def ops_of(y):
    return [(n['op'], n['name']) for n in json.loads(autograd.get_symbol(y).tojson())['nodes'] if n['op'] != 'null']


def short(e):
    return type(e).__name__ + ': ' + str(e).strip().split('\n')[-1][-110:]


OPS = [('add', np.add), ('sub', np.subtract), ('mul', np.multiply), ('div', np.true_divide), ('pow', np.power),
       ('mod', np.mod)]
PAIRS = [('int32', 'int64'), ('int8', 'uint8'), ('bool', 'int32'), ('uint8', 'int32'),
         ('int32', 'float16'), ('float16', 'float64'), ('bool', 'float32')]
for name, op in OPS:
    for da, db in PAIRS:
        a = np.array([2, 3, 5], dtype=da)
        b = np.array([3, 1, 4], dtype=db)
        a.attach_grad()
        b.attach_grad()
        with autograd.record():
            y = op(a, b)
            z = y.sum()
        print(name, da, db, y.dtype, ops_of(z))
        try:
            print('  forward', y.asnumpy().tolist())
        except Exception as e:      # noqa: BLE001
            print('  forward', short(e))
        try:
            z.backward()
            print('  grads', a.grad.asnumpy().tolist(), b.grad.asnumpy().tolist())
        except Exception as e:      # noqa: BLE001
            print('  grads', short(e))
