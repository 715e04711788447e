import numpy as np
import mxnet as mx
from mxnet import gluon
from mxnet.gluon.data.vision import transforms
mx.random.seed(3); np.random.seed(3)
rs = np.random.RandomState(1)
ds = gluon.data.ArrayDataset(mx.nd.array(rs.randint(0, 256, (10, 6, 6, 3)), dtype='uint8'), np.arange(10).astype('int32'))
t = transforms.Compose([transforms.ToTensor(), transforms.Normalize(0.5, 0.25)])
for kw in [dict(num_workers=0), dict(num_workers=2), dict(num_workers=2, thread_pool=True), dict(num_workers=2, pin_memory=True),
           dict(num_workers=2, prefetch=1), dict(num_workers=1, last_batch='discard'), dict(num_workers=2, last_batch='rollover')]:
    dl = gluon.data.DataLoader(ds.transform_first(t), batch_size=4, **kw)
    for epoch in range(2):
        out = [(d.shape, d.dtype.__name__ if hasattr(d.dtype, '__name__') else d.dtype, str(d.context), l.asnumpy().tolist(), round(float(d.sum().asscalar()), 3)) for d, l in dl]
        print(sorted(kw.items()), epoch, len(dl), out)
dl = gluon.data.DataLoader(ds, batch_size=3, shuffle=True, num_workers=2)
print([l.asnumpy().tolist() for _, l in dl])
def batchify(samples):
    return mx.nd.stack(*[mx.nd.array(s[0]).astype('float32').mean() for s in samples]), [s[1] for s in samples]
dl = gluon.data.DataLoader(ds, batch_size=4, batchify_fn=batchify, num_workers=2)
print([(b[0].shape, b[1]) for b in dl])
def batchify0(samples):
    return [s[1] for s in samples], np.float64(1.5), (np.int64(2), np.array(7.0), mx.nd.ones((1,)))
for nw, tp in [(0, False), (2, False), (2, True)]:
    b = list(gluon.data.DataLoader(ds, batch_size=4, batchify_fn=batchify0, num_workers=nw, thread_pool=tp))[0]
    print(nw, tp, b[0], [type(v).__name__ for v in b[0]], repr(b[1]), [(type(v).__name__, getattr(v, 'shape', None)) for v in b[2]])
