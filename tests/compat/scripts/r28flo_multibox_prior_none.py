"""MultiBoxPrior given None (or 'None') for a tuple: MXNet reads a tuple of unknown length (-1), so the anchor count
goes negative for sizes or ratios, steps fails its length check and offsets fails to allocate; symbols refuse the
same at shape inference."""
# recorded on AVX2
import mxnet as mx
from _words import words

img = mx.nd.ones((1, 3, 4, 4))
CASES = [dict(sizes=None), dict(ratios=None), dict(sizes=None, ratios=None), dict(steps=None), dict(offsets=None),
         dict(sizes='None'), dict(ratios='None', steps=None), dict(sizes=(0.5,), ratios=None),
         dict(sizes=(0.2, 0.5, 0.7), ratios=None), dict(sizes=None, ratios=(1, 2, 3)), dict(sizes=(), ratios=None),
         dict(steps=None, offsets=None), dict(sizes=(0.3,), ratios=(1, 2), steps=(0.25, 0.25), offsets=(0.5, 0.5))]
for kw in CASES:
    try:
        out = mx.nd.contrib.MultiBoxPrior(img, **kw)
        print('nd', kw, out.shape, out.asnumpy()[0, :2].round(4).tolist())
    except Exception as e:
        print('nd', kw, words(e))
    if 'offsets' in kw or () in kw.values() or len(kw.get('sizes') or ()) > 2 or len(kw.get('ratios') or ()) > 2:
        continue
    try:
        print('sym', kw, mx.sym.contrib.MultiBoxPrior(mx.sym.var('d'), **kw).infer_shape(d=(1, 3, 4, 4))[1])
    except Exception as e:
        print('sym', kw, words(e))
