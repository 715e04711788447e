"""mx.image.copyMakeBorder is the operator's generated function, as in MXNet: its name, positional attributes up to out and name, name= taken, and its errors for a missing input or misused arguments."""
# recorded on AVX2
import numpy as np
import mxnet as mx

x = mx.nd.array(np.random.RandomState(0).randint(0, 256, (3, 4, 3)), dtype='uint8')
print(mx.image.copyMakeBorder.__name__)
calls = [("name", lambda: mx.image.copyMakeBorder(x, 1, 1, 1, 1, name='a')),
         ("positional to name", lambda: mx.image.copyMakeBorder(x, 1, 1, 1, 1, 0, 5.0, (), None, 'nm')),
         ("too many", lambda: mx.image.copyMakeBorder(x, 1, 1, 1, 1, 0, 5.0, (), None, 'nm', 3)),
         ("top twice", lambda: mx.image.copyMakeBorder(x, 1, top=1)),
         ("keywords", lambda: mx.image.copyMakeBorder(src=x, top=1, bot=0, left=0, right=2, type=1)),
         ("values", lambda: mx.image.copyMakeBorder(x, 1, 1, 1, 1, values=(1, 2, 3))),
         ("no src", lambda: mx.image.copyMakeBorder(top=1, bot=1, left=1, right=1))]
for label, call in calls:
    try:
        r = call()
        print(label, r.shape, r.asnumpy().ravel()[:6].tolist())
    except Exception as e:
        print(label, type(e).__name__, str(e).strip().splitlines()[-1][:150])
