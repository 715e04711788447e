"""mx.image.imresize passes its extra arguments on to the resize operator's function as MXNet's does: name= is taken (and unused), interp/out/name by position, and a misuse's TypeError names _cvimresize (cvimresize under npx.set_np())."""
# recorded on AVX2
import inspect

import numpy as np
import mxnet as mx

print(inspect.signature(mx.image.imresize))
for mode in ("nd", "np"):
    if mode == "np":
        mx.npx.set_np()
        x, zeros = mx.np.array(np.random.RandomState(0).randint(0, 256, (5, 7, 3)), dtype='uint8'), mx.np.zeros
    else:
        x, zeros = mx.nd.array(np.random.RandomState(0).randint(0, 256, (5, 7, 3)), dtype='uint8'), mx.nd.zeros
    calls = [("name", lambda: mx.image.imresize(x, 3, 2, name='a')),
             ("positional interp, out, name", lambda: mx.image.imresize(x, 3, 2, 2, None, 'nm')),
             ("interp twice", lambda: mx.image.imresize(x, 3, 2, 1, interp=1)),
             ("too many", lambda: mx.image.imresize(x, 3, 2, 1, None, 'nm', 5)),
             ("src twice", lambda: mx.image.imresize(x, 3, 2, src=x)),
             ("positional out", lambda: mx.image.imresize(x, 3, 2, 0, zeros((2, 3, 3), dtype='uint8'))),
             ("keywords", lambda: mx.image.imresize(src=x, w=3, h=2, interp=3)),
             ("missing h", lambda: mx.image.imresize(x, 3))]
    for label, call in calls:
        try:
            r = call()
            print(mode, label, type(r).__name__, r.shape, r.asnumpy().ravel()[:4].tolist())
        except Exception as e:
            print(mode, label, type(e).__name__, str(e).strip().splitlines()[-1][:150])
mx.npx.reset_np()
