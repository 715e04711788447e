"""Python's argument errors of mx.np functions: NumPy fallbacks name their dispatchers, others bind first."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()

x = np.arange(6.).reshape(2, 3)
m = np.array([[2., 1.], [1., 3.]])
nones = (None,) * 8
cases = {
    "argwhere": (x,), "flatnonzero": (x,), "searchsorted": (np.arange(3.), 1), "cov": (x,), "corrcoef": (x,),
    "count_nonzero": (x,), "rollaxis": (x, 1), "interp": (np.array([1.]), np.array([0., 2.]), np.array([0., 1.])),
    "polyadd": (np.ones(2), np.ones(2)), "trim_zeros": (np.ones(2),), "linalg.qr": (m,),
    "linalg.lstsq": (m, np.ones(2)),
    "linalg.matrix_rank": (m,), "linalg.matrix_power": (m, 2), "linalg.multi_dot": ([m, m],), "linalg.cond": (m,),
    "percentile": (x, 50), "quantile": (x, 0.5), "linspace": (0, 1), "logspace": (0, 1), "tril": (x,), "rot90": (x,),
    "array_split": (x, 1), "unique": (x,), "linalg.norm": (x,), "resize": (x, (3,)), "shares_memory": (x, x),
    "may_share_memory": (x, x), "flip": (x,), "fliplr": (x,), "flipud": (x,), "pad": (x, ((1, 1), (1, 1))),
}
for name, args in cases.items():
    fn = getattr(np.linalg, name[7:]) if name.startswith("linalg.") else getattr(np, name)
    for call in (lambda: fn(*args, foo=1), lambda: fn(*args, *nones), lambda: fn()):
        try:
            call()
            print(name, '-> ran')
        except (TypeError, ValueError) as e:
            print(name, '->', e)
try:
    np.einsum()
except IndexError as e:
    print('einsum ->', type(e).__name__, e)
for name, count in (("trace", 6), ("diagonal", 6), ("diag", 4), ("diagflat", 4), ("squeeze", 4), ("transpose", 4),
                    ("reshape", 5), ("repeat", 5), ("moveaxis", 5)):
    try:
        getattr(np, name)(x, *(None,) * count)
    except TypeError as e:
        print(name, '->', e)
    try:
        getattr(np, name)()
    except mx.base.MXNetError:
        print(name, '-> MXNetError')
    except TypeError as e:
        print(name, '-> TypeError', e)
try:
    np.moveaxis(x, 0, 1, foo=1)
except mx.base.MXNetError:
    print('moveaxis foo -> MXNetError')
for call in (lambda: np.diagonal(a=x), lambda: np.diagflat(array=np.ones(2)), lambda: np.repeat(a=x, repeats=2),
             lambda: np.roll(a=x, shift=1), lambda: np.trace(a=x)):
    try:
        call()
    except mx.base.MXNetError:
        print('array keyword -> MXNetError')
print(np.trace(data=x).shape, np.diag(data=np.ones(2)).shape, np.transpose(a=x).shape, np.squeeze(a=x).shape)
print(np.roll(x, 1, 0, None, None).shape, np.trace(x, 0, 0, 1, None, None).shape, np.squeeze(x, None, None, None).shape)
print(np.argwhere(x).shape, np.flip(m=x).shape, np.fliplr(m=x).shape, np.linalg.qr(m)[1].shape)
