"""np.linalg.svd of float16/int/bool arrays: every output carries the kernel's type refusal (whichever is read first raises it), under record too, and its backward refuses at its own line; so do the gradients of the singular-value norms ('nuc', 2, -2)."""
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()


def read(label, x):
    try:
        x.asnumpy()
        print(label, 'read')
    except mx.base.MXNetError as e:
        lines = str(e).strip().splitlines()
        print(label, 'ERR', lines[1].strip(), '|', lines[-1])


for dtype in ['float16', 'int32', 'int64', 'bool', 'uint8', 'int8']:
    for first in range(3):
        outs = np.linalg.svd(np.ones((2, 3), dtype=dtype))
        print(dtype, [(o.shape, o.dtype) for o in outs])
        read('  first read out%d' % first, outs[first])
for dtype in ['float16', 'int32']:
    x = np.ones((2, 3), dtype=dtype)
    x.attach_grad()
    with autograd.record():
        s = np.linalg.svd(x)[1].sum()
    s.backward()
    read(dtype + ' grad, result unread', x.grad)
    x = np.ones((2, 3), dtype=dtype)
    x.attach_grad()
    with autograd.record():
        ut, l, v = np.linalg.svd(x)
        s = ut.sum() + v.sum()
    read(dtype + ' result', s)
    s.backward()
    read(dtype + ' grad, result read', x.grad)
print('empty', [(o.shape, o.dtype, o.asnumpy().size) for o in np.linalg.svd(np.ones((0, 3), dtype='float16'))])


class SVD(mx.gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return F.np.linalg.svd(x)[1]


net = SVD()
net.hybridize()
read('hybridized float16', net(np.ones((2, 3), dtype='float16')))
print('hybridized float32', net(np.array([[3., 0, 0], [0, 4, 0]])))
for dtype in ['float16', 'int32']:
    for order in ['nuc', 2, -2]:
        for result_read in (False, True):
            x = np.ones((2, 3), dtype=dtype)
            x.attach_grad()
            with autograd.record():
                s = np.linalg.norm(x, order)
            if result_read:
                read('  norm', s)
            s.backward()
            read('%s norm %s grad (result read: %s)' % (dtype, order, result_read), x.grad)
