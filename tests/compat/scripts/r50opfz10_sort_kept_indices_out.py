"""sort and topk of the values given an out= list of both their outputs write the int32 positions they keep into the second (checked for shape, then for int32 at their own check), as MXNet does."""
# recorded on AMD AVX2
import numpy as np
import mxnet as mx
from mxnet import nd
def show(r):
    if isinstance(r, (list, tuple)):
        return '[' + '; '.join(show(x) for x in r) + ']'
    if isinstance(r, nd.NDArray):
        try:
            a = r.asnumpy()
        except Exception as e:
            return 'READ %s %s' % (type(e).__name__, str(e).strip().split('\n')[-1][:200])
        return '%s %s %s' % (r.shape, a.dtype, np.array2string(a.ravel()[:8], precision=6))
    return repr(r)[:80]
def t(*label, f):
    try:
        r = f()
        print(*label, show(r), flush=True)
    except Exception as e:
        msg = str(e).strip().split('\n')[-1]
        print(*label, type(e).__name__, msg[:240], flush=True)
x = lambda: nd.array([[1.5, -2.0, 0.5], [3.0, 0.0, -1.0]])
t('sort 2', f=lambda: nd.sort(x(), out=[nd.zeros((2, 3)), nd.full((2, 3), 7, dtype='int32')]))
t('sort 2 desc', f=lambda: nd.sort(x(), is_ascend=False, out=[nd.zeros((2, 3)), nd.full((2, 3), 7, dtype='int32')]))
t('sort 2 ax0', f=lambda: nd.sort(x(), axis=0, out=[nd.zeros((2, 3)), nd.full((2, 3), 7, dtype='int32')]))
t('sort 2 axNone', f=lambda: nd.sort(x(), axis=None, out=[nd.zeros((6,)), nd.full((6,), 7, dtype='int32')]))
t('sort 2 f', f=lambda: nd.sort(x(), out=[nd.zeros((2, 3)), nd.zeros((2, 3))]))
t('sort 2 shape', f=lambda: nd.sort(x(), out=[nd.zeros((2, 3)), nd.zeros((3, 2), dtype='int32')]))
t('sort 2 i64', f=lambda: nd.sort(x(), out=[nd.zeros((2, 3)), nd.zeros((2, 3), dtype='int64')]))
t('sort 3', f=lambda: nd.sort(x(), out=[nd.zeros((2, 3))] * 3))
t('sort int', f=lambda: nd.sort(x().astype('int32'), out=[nd.zeros((2, 3), dtype='int32'), nd.zeros((2, 3), dtype='int32')]))
t('argsort 2', f=lambda: nd.argsort(x(), out=[nd.zeros((2, 3)), nd.zeros((2, 3))]))
t('topk 3', f=lambda: nd.topk(x(), k=2, ret_typ='both', out=[nd.zeros((2, 2)), nd.zeros((2, 2)), nd.zeros((2, 2))]))
t('topk ind 2', f=lambda: nd.topk(x(), k=2, out=[nd.zeros((2, 2)), nd.zeros((2, 2))]))
t('topk val 2', f=lambda: nd.topk(x(), k=2, ret_typ='value', out=[nd.zeros((2, 2)), nd.full((2, 2), 7, dtype='int32')]))
t('topk val 2f', f=lambda: nd.topk(x(), k=2, ret_typ='value', out=[nd.zeros((2, 2)), nd.full((2, 2), 7)]))
x = lambda: nd.array([[1.5, -2.0, 0.5], [3.0, 0.0, -1.0]])
for label, f in [('sort f', lambda: nd.sort(x(), out=[nd.zeros((2, 3)), nd.zeros((2, 3))])),
                 ('sort shape', lambda: nd.sort(x(), out=[nd.zeros((2, 3)), nd.zeros((3, 2), dtype='int32')])),
                 ('topk val f', lambda: nd.topk(x(), k=2, ret_typ='value', out=[nd.zeros((2, 2)), nd.full((2, 2), 7)])),
                 ('topk val shape', lambda: nd.topk(x(), k=2, ret_typ='value', out=[nd.zeros((2, 2)), nd.full((2, 3), 7, dtype='int32')]))]:
    try:
        f()
    except mx.MXNetError as e:
        print(label, repr(str(e)))
from mxnet import autograd
x = nd.array([[1.5, -2.0, 0.5], [3.0, 0.0, -1.0]]); x.attach_grad()
o = [nd.zeros((2, 3)), nd.zeros((2, 3), dtype='int32')]
with autograd.record():
    nd.sort(x, axis=1, out=o)
    y = o[0] * nd.array([[1, 2, 3], [4, 5, 6]])
y.backward()
print(o[0].asnumpy().tolist(), o[1].asnumpy().tolist(), x.grad.asnumpy().tolist())
o = [nd.zeros((2, 2)), nd.zeros((2, 2), dtype='int32')]
with autograd.record():
    nd.topk(x, k=2, ret_typ='value', out=o)
    y = o[0] * 2
y.backward()
print(o[0].asnumpy().tolist(), o[1].asnumpy().tolist(), x.grad.asnumpy().tolist())
