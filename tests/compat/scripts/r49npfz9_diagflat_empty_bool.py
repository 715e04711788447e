"""np.diagflat over an empty bool array of two or more axes sizes its square output from the sizes it knows (a 0 counts as unknown) and fails the bool type when read, while a 1-D empty one gives an empty or zero result, as MXNet does."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()
for shape, k in [((0,), 0), ((0,), 1), ((0, 0), 0), ((0, 0), -1), ((2, 0), 1), ((0, 3), 0), ((3, 0), -2),
                 ((1, 0), 0), ((3, 0, 0), 0), ((0, 2, 3), 1), ((2, 0, 3), 0), ((2,), 0)]:
    x = np.zeros(shape, dtype=bool)
    try:
        r = np.diagflat(x, k=k)
    except mx.base.MXNetError as e:
        print(shape, k, 'call:', str(e).strip().splitlines()[-1])
        continue
    print(shape, k, r.shape, r.dtype, r.size)
    try:
        print('  read', r.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print('  read:', str(e).strip().splitlines()[-1])
