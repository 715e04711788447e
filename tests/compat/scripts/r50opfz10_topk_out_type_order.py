"""topk given out= arrays checks the indices' type (its dtype attribute, at its own check) before the values' type (the data's), for every dtype and ret_typ; argsort and sort keep their index dtypes, as in MXNet."""
# recorded on AMD AVX2
import numpy as np
import mxnet as mx
from mxnet import nd
y = nd.array([[3,1,2,5],[0,4,4,1]])
def z(*dts): return [nd.zeros((2,2), dtype=d) for d in dts]
for dt, outs in [('float32', z('int32','float32')), ('float32', z('int32','int32')), ('float32', z('float64','float32')),
                 ('int32', z('int32','int32')), ('int32', z('float16','int32')), ('int32', z('float32','float64')),
                 ('int32', z('float16','float16'))]:
    for rt in ['both']:
        try:
            r = nd.topk(y, k=2, dtype=dt, ret_typ=rt, out=outs); print('ok', [o.dtype for o in r])
        except mx.MXNetError as e:
            print(dt, [o.dtype.__name__ for o in outs], repr(str(e)))
yi = y.astype('int32')
for outs in [z('float32','float32'), z('int32', 'int32'), z('float32', 'int32')]:
    try:
        r = nd.topk(yi, k=2, dtype='int32', ret_typ='both', out=outs); print('ok', [o.dtype for o in r])
    except mx.MXNetError as e:
        print([o.dtype.__name__ for o in outs], repr(str(e)))

def t(name, f):
    try:
        r = f()
        for o in (r if isinstance(r, (list, tuple)) else [r]): print(name, 'ok', o.shape, o.dtype, o.asnumpy().ravel()[:6].tolist())
    except Exception as e:
        print(name, type(e).__name__, str(e).split('\n')[-1][:300])
for dt in ['float32','int32','int64','float16','uint8','float64','int8','bool', np.int32, 'int16']:
    t('topk %s' % dt, lambda: nd.topk(y, k=2, dtype=dt))
    t('topk both %s' % dt, lambda: nd.topk(y, k=2, dtype=dt, ret_typ='both'))
    t('argsort %s' % dt, lambda: nd.argsort(y, dtype=dt))
    t('topk mask %s' % dt, lambda: nd.topk(y, k=2, dtype=dt, ret_typ='mask'))
    t('topk value %s' % dt, lambda: nd.topk(y, k=2, dtype=dt, ret_typ='value'))
for idt in ['int32', 'uint8', 'float16', 'float64', 'int64', 'int8', 'bool']:
    yy = y.astype(idt)
    t('in %s topk' % idt, lambda: nd.topk(yy, k=2, ret_typ='both'))
    t('in %s topk mask' % idt, lambda: nd.topk(yy, k=2, ret_typ='mask'))
    t('in %s argsort' % idt, lambda: nd.argsort(yy))
    t('in %s sort' % idt, lambda: nd.sort(yy, is_ascend=False))
    t('in %s argmax' % idt, lambda: nd.argmax(yy, axis=1))
    t('in %s topk i64' % idt, lambda: nd.topk(yy, k=3, dtype='int64', axis=0))
    t('in %s topk none' % idt, lambda: nd.topk(yy, k=3, axis=None))
    t('in %s argsort none' % idt, lambda: nd.argsort(yy, axis=None, dtype='int32'))
big = nd.arange(300).reshape(1, 300)
t('uint8 big', lambda: nd.argsort(big, dtype='uint8', is_ascend=False))
t('float16 big', lambda: nd.topk(nd.arange(3000), k=3, dtype='float16'))
t('out', lambda: nd.topk(y, k=2, dtype='int32', out=nd.zeros((2,2))))
t('out2', lambda: nd.topk(y, k=2, dtype='int32', out=nd.zeros((2,2), dtype='int32')))
t('out both', lambda: nd.topk(y, k=2, dtype='int32', ret_typ='both', out=[nd.zeros((2,2)), nd.zeros((2,2), dtype='int32')]))
t('out both bad', lambda: nd.topk(y, k=2, dtype='int32', ret_typ='both', out=[nd.zeros((2,2)), nd.zeros((2,2))]))
t('argsort out', lambda: nd.argsort(y, dtype='int64', out=nd.zeros((2,4), dtype='int32')))
