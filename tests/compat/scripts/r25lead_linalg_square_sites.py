# np.linalg functions refusing arrays of fewer than two axes or matrices that are not square, each at its own check.
# recorded on AVX2
import mxnet as mx
for f in ('eig', 'eigvals', 'eigh', 'eigvalsh', 'inv', 'det', 'slogdet', 'cholesky', 'pinv', 'tensorinv', 'svd', 'qr'):
    for shp in ((3,), (2, 3)):
        try:
            getattr(mx.np.linalg, f)(mx.np.ones(shp))
            print(f, shp, 'ok')
        except Exception as e:
            s = str(e).split('\n')
            print(f, shp, s[1] if len(s) > 1 else '', s[-1][:90])
for f in ('inverse', 'det', 'slogdet'):
    for shp in ((3,), (2, 3)):
        try:
            getattr(mx.nd.linalg, f)(mx.nd.ones(shp))
            print('nd', f, shp, 'ok')
        except Exception as e:
            s = str(e).split('\n')
            print('nd', f, shp, s[1] if len(s) > 1 else '', s[-1][:90])
