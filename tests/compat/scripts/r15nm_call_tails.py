"""mx.np atleast_1d, clip and repeat refusals name the operator call as MXNet does; a bool clip fails when read."""
import mxnet as mx
from _words import words
np = mx.np
mx.npx.set_np()
x = np.ones((2, 3))
for c in ['np.atleast_1d()', 'np.clip(x, np.ones(3), 2)', 'np.clip(x, 0, np.ones(3))', 'np.clip(x, None, np.ones(3))', 'np.repeat(x, [1, 2])', 'np.repeat(x, [1, 2], axis=0)', 'np.repeat(x, 2, axis=1.5)', 'np.repeat(x, 2, 1.5)', 'np.clip(x > 0, 0, 1)', 'np.clip(x > 0, 0, 1).asnumpy()', 'np.clip(x, 0.5, 2).tolist()']:
    try: print(c, '->', eval(c))
    except Exception as e: print(c, '->', words(e))
