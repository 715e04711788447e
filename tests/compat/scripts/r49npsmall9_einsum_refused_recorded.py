"""np.einsum whose kernel refuses its subscripts (an output letter twice, or a collapsed letter over axes of other sizes) is still recorded: backward gives gradients sharing the forward's pending error, an empty result keeps it pending for waitall, and the kernel's temp space copy hands it to the fourth einsum after, as MXNet does."""
import mxnet as mx
from mxnet import np, npx, autograd

npx.set_np()


def read(tag, arr):
    try:
        print(tag, arr.shape, arr.dtype, arr.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(tag, 'error:', str(e).strip().splitlines()[-1][:170])


def drain():
    try:
        mx.nd.waitall()
        print('  waitall ok')
    except mx.base.MXNetError as e:
        print('  waitall:', str(e).strip().splitlines()[-1][:170])


for s, shapes, order in [('i->ii', [(0,)], 'yg'), ('ij->iij', [(0, 3)], 'gy'), ('i,i->ii', [(0,), (0,)], 'yg'),
                         ('i,j->iij', [(0,), (3,)], 'gy'), ('i->ii', [(2,)], 'g'),
                         ('i,j->iij', [(2,), (3,)], 'g'), ('ii->i', [(3, 1)], 'g'), ('ii,j->ij', [(2, 1), (0,)], 'g')]:
    xs = [np.ones(sh) for sh in shapes]
    for x in xs:
        x.attach_grad()
    with autograd.record():
        y = np.einsum(s, *xs)
    print(s, shapes, 'recorded', y.shape)
    y.backward()
    for who in order:
        if who == 'y':
            read('  y', y)
        else:
            for k, x in enumerate(xs):
                read(f'  grad{k}', x.grad)
    if order == 'g':       # (once raised, the unread arrays hold whatever their memory held)
        print('  unread', y.shape)
    drain()

x = np.ones((0,))
x.attach_grad()
with autograd.record():
    z = np.einsum('i->ii', x).sum()
z.backward()
read('sum of empty', z)
read('  grad', x.grad)
drain()

for s, shapes in [('ii,j->ij', [(3, 1), (2,)]), ('ij,kk->ij', [(2, 2), (3, 1)]), ('ii,ij->j', [(2, 1), (2, 3)])]:
    for dt in ['float32', 'int32']:
        r = np.einsum(s, *[np.ones(sh, dtype=dt) for sh in shapes], optimize=True)
        read(f'{s} optimize {dt}', r)

y = np.einsum('i->ii', np.ones(2), out=np.zeros((2, 2)))
read('out=', y)
for shape, dtype in [((2, 3), 'float32'), ((2, 2), 'float64')]:
    try:
        np.einsum('i->ii', np.ones(2), out=np.zeros(shape, dtype=dtype))
    except mx.base.MXNetError as e:
        print('out=', shape, dtype, str(e).strip().splitlines()[-1][:170])
drain()

y = np.einsum('i->ii', np.ones(2))
for k in range(5):
    read(f'einsum {k} after', np.einsum('i->', np.ones(2)))
drain()
