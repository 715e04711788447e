"""mx.np binary functions and operators on two arrays of different dtypes (float with int/bool/float, two integer types) whose shapes do not broadcast: MXNet's shape check and words, before any type rule."""
from mxnet import np, npx
npx.set_np()
a = np.array([-4, -2], dtype='int8'); b = np.ones((1, 3), dtype='float16')
for f in [np.divide, np.true_divide, np.subtract, np.add, np.multiply, np.remainder, np.mod, np.power, np.maximum, np.minimum, np.hypot, np.arctan2, np.equal, np.less, np.copysign, np.logical_not]:
    for x, y in [(a, b), (b, a), (a.astype('float32'), b), (a, b.astype('int32')), (a.astype('bool'), b), (a, b.astype('bool')), (a.astype('uint8'), b.astype('int8')), (a.astype('bool'), b.astype('int64'))]:
        try:
            r = f(x, y) if f is not np.logical_not else f(x)
            print(f.__name__, x.dtype, y.dtype, r.dtype, r.shape)
        except Exception as e:
            print(f.__name__, x.dtype, y.dtype, type(e).__name__, str(e).splitlines()[-1][:150])
for op in ['+', '-', '*', '/', '%', '**', '==', '<']:
    for x, y in [(a, b), (a, b.astype('int32')), (a.astype('bool'), b.astype('int64'))]:
        try:
            r = eval("x %s y" % op); print(op, x.dtype, y.dtype, r.dtype, r.shape)
        except Exception as e:
            print(op, x.dtype, y.dtype, type(e).__name__, str(e).splitlines()[-1][:150])
        z = x.copy()
        try:
            exec("z %s= y" % op); print(op + "=", x.dtype, y.dtype, z.dtype, z.shape)
        except Exception as e:
            print(op + "=", x.dtype, y.dtype, type(e).__name__, str(e).splitlines()[-1][:150])
