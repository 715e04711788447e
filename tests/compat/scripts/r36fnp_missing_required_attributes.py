"""np.repeat / reshape / moveaxis / roll called without a required argument: MXNet's parser refuses unknown or malformed keywords first, then names the missing parameter with the attributes given; moveaxis reads None axes as of unknown rank."""
import mxnet as mx

np = mx.np
mx.npx.set_np()
a = np.ones((2, 3, 4))
calls = ['np.moveaxis(a, axis=0)', 'np.moveaxis(a)', 'np.moveaxis(a, 0)', 'np.moveaxis(a, source=0)',
         'np.moveaxis(a, destination=0)', 'np.moveaxis(a, destination=(0, 1))', 'np.moveaxis(a, 0, foo=1)',
         'np.moveaxis(a, source=0, foo=1)', 'np.moveaxis(a, destination="x")', 'np.moveaxis(a, 0, 1.5)',
         'np.moveaxis(a, 0, None)', 'np.moveaxis(a, None, 0)', 'np.moveaxis(a, None, None).shape',
         'np.moveaxis(a, (0, 1), None)', 'np.moveaxis(a, 1.5, 0)', 'np.moveaxis(a, [0, 1], [1, 0]).shape',
         'np.moveaxis(a, 0, destination=1).shape', 'np.repeat(a, axis=1)', 'np.repeat(a, axis=None)', 'np.repeat(a)',
         'np.repeat(a, axis=(0, 2))', 'np.repeat(a, axis="x")', 'np.repeat(a, axis=1, foo=2)', 'np.repeat(a, axis=1.5)',
         'np.reshape(a)', 'np.reshape(a, order="C")', 'np.reshape(a, order="F")', 'np.reshape(a, order=1)',
         'np.reshape(a, foo=1)', 'np.roll(a, axis=1)', 'np.roll(a)', 'np.roll(a, axis=(0, 1))', 'np.roll(a, foo=1)',
         'a.repeat(axis=1)', 'a.reshape()', 'np.repeat(a, 2, axis=1).shape', 'np.reshape(a, (4, 6), order="C").shape']
for c in calls:
    try:
        print(c, eval(c))
    except Exception as e:
        print(c, type(e).__name__, repr(str(e).strip().splitlines()[-1]))
