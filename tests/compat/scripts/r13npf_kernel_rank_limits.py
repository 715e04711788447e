"""mx.np functions past MXNet's kernel rank limits (transpose 6 axes, dimension switches and where 5), at call or read."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()

h7 = np.arange(128, dtype='float32').reshape(2, 2, 2, 2, 2, 2, 2)
h6 = np.arange(64, dtype='float32').reshape(2, 2, 2, 2, 2, 2)
h5 = np.arange(32, dtype='float32').reshape(2, 2, 2, 2, 2)


def run(text):
    try:
        r = eval(text)
    except mx.base.MXNetError as e:
        print(text, '-> refused at the call:', str(e).strip().splitlines()[-1].replace('MXNetError: ', ''))
        return
    try:
        r = [x.asnumpy() for x in r] if isinstance(r, (list, tuple)) else r.asnumpy() if hasattr(r, 'asnumpy') else r
        shown = [x.shape for x in r] if isinstance(r, list) else (r.shape, r.sum()) if hasattr(r, 'shape') else r
        print(text, '->', shown)
    except mx.base.MXNetError as e:
        print(text, '-> fails when read:', str(e).strip().splitlines()[-1].replace('MXNetError: ', ''))


for case in ["np.transpose(h7)", "np.transpose(h6)", "np.moveaxis(h7, 0, -1)", "np.moveaxis(h6, 0, -1)",
             "np.swapaxes(h7, 0, 1)", "np.rot90(h7)", "np.rot90(h6)", "np.diff(h6)", "np.diff(h5, axis=2)",
             "np.nonzero(h6)", "np.nonzero(h5)", "np.where(h6)", "h6.nonzero()", "np.where(h6, h6, 0)",
             "np.where(h6 > 3, 1, 0)", "np.where(h5 > 3, h5, np.ones((2, 1, 1, 1, 1, 1)))", "np.where(h5 > 3, h5, 0)",
             "np.pad(h6, ((1, 1),) * 6)", "np.pad(h5, ((1, 1),) * 5)", "np.percentile(h6, 50, axis=-1)",
             "np.percentile(h6, 50)", "np.percentile(h6, 50, axis=(0, 1, 2, 3, 4, 5))", "np.quantile(h6, 0.5, axis=0)",
             "np.percentile(h7, 50, axis=2)", "np.percentile(h5, 50, axis=2)",
             "np.flatnonzero(h6)", "np.argwhere(h6)", "np.count_nonzero(h6)", "np.array_split(h6, 3)"]:
    run(case)
