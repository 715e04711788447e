"""DataLoader batches and vision transforms under npx.set_np() are mx.np arrays (workers and threads too)."""
import numpy as onp
import mxnet as mx
from mxnet import gluon, np, npx
from mxnet.gluon.data.vision import transforms as T
npx.set_np()
ds = gluon.data.ArrayDataset(np.array(onp.arange(12).reshape(6, 2), dtype='float32'), onp.arange(6))
for nw in (0, 1, 2):
    dl = gluon.data.DataLoader(ds, batch_size=4, num_workers=min(nw, 1), thread_pool=nw == 2)
    b = next(iter(dl))
    print(nw, [(type(v).__name__, v.shape, str(v.dtype)) for v in b], b[0].asnumpy().sum())
img = np.array(onp.arange(48).reshape(4, 4, 3), dtype='uint8')
for name, tf in [('to_tensor', T.ToTensor()), ('normalize', T.Compose([T.ToTensor(), T.Normalize(0.5, 0.25)])),
                 ('resize', T.Resize(2)), ('center_crop', T.CenterCrop(2)), ('cast', T.Cast('float16'))]:
    try:
        r = tf(img)
        print(name, type(r).__name__, r.shape, r.dtype, onp.round(r.asnumpy().ravel()[:4].astype('float64'), 4).tolist())
    except Exception as e:
        print(name, 'error', type(e).__name__)
