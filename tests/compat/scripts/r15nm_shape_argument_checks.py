"""mx.np moveaxis, expand_dims, swapaxes, tile and rollaxis check their arguments in MXNet's order and words; flip's
kernel checks of its axes surface when the result is read."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
x = np.ones((2, 3, 4))
cases = ["np.moveaxis(x, 0, 3)", "np.moveaxis(x, 3, 0)", "np.moveaxis(x, [0, 0], [1, 2])", "np.moveaxis(x, [0, 1], [2, 2])",
 "np.moveaxis(x, [0], [1, 2])", "np.moveaxis(x, [0, 5], [1])", "np.moveaxis(x, -1, 0).shape", "np.expand_dims(x, 4)", "np.expand_dims(x, 3).shape", "np.expand_dims(x, -4).shape",
 "np.swapaxes(x, 0.0, 1)", "np.swapaxes(x, 0, 1.5)", "np.swapaxes(x, 'a', 1)", "np.tile(x, -1)", "np.tile(x, (2, -2))", "np.tile(x, 1.5)", "np.tile(x, (1, 1.5))", "np.tile(x, 'a')", "np.rollaxis(x, 3)", "np.rollaxis(x, 0, 4)", "np.rollaxis(x, 0.5)",
 "np.fliplr(np.ones(3))", "np.flipud(np.ones(()))", "np.flip(x, -1)", "np.flip(x, 3)", "np.flip(x, (0, -1))", "np.flip(np.zeros((0, 3)), (0, 5))",
         "np.moveaxis(x, [0, -3], [1, 2])", "np.moveaxis(x, (0, 1), (-1, -2)).shape", "np.tile(x, (2, 1, 1, 1)).shape",
         "np.expand_dims(x, (0, 1))", "np.expand_dims(x, True)", "np.swapaxes(x, 0, 3)", "np.tile(x, 0).shape"]
for c in cases:
    try:
        r = eval(c)
        try:
            print(c, "->", r if isinstance(r, tuple) else (r.shape, r.asnumpy().sum()))
        except Exception as e:
            print(c, "-> READ", words(e))
    except Exception as e:
        print(c, "->", words(e))
