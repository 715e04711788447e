"""The signatures of mx.np's creation, manipulation and linalg functions, and eye's keyword-only ctx."""
import inspect
import mxnet as mx
from mxnet import np, npx
npx.set_np()

names = ("array empty_like full full_like zeros ones zeros_like ones_like identity eye linspace logspace arange "
         "meshgrid indices tril concatenate stack vstack hstack dstack column_stack split array_split hsplit vsplit "
         "dsplit roll rot90 flip fliplr flipud pad insert delete append unique where nonzero argwhere flatnonzero "
         "searchsorted sort argsort diff ediff1d interp bincount histogram percentile quantile average cov corrcoef "
         "einsum tensordot inner outer diag diagonal diagflat broadcast_to broadcast_arrays atleast_1d atleast_2d "
         "atleast_3d squeeze expand_dims moveaxis swapaxes resize shares_memory may_share_memory nan_to_num polyval "
         "ravel tile repeat").split()
for name in names:
    print(name, inspect.signature(getattr(np, name)))
for name in ("norm svd cholesky qr inv det slogdet solve tensorinv tensorsolve pinv eig eigh eigvals eigvalsh lstsq "
             "matrix_rank matrix_power multi_dot").split():
    print("linalg." + name, inspect.signature(getattr(np.linalg, name)))
for call in (lambda: np.eye(2, None, 0, None, mx.cpu()), lambda: np.eye(2, ctx=mx.cpu(), foo=3),
             lambda: np.eye(2, 3, 1, 'int32', ctx='cpu(0)'), lambda: np.ones(2, None), lambda: np.indices((2,), None)):
    try:
        r = call()
        print(r.dtype, r.asnumpy().tolist())
    except TypeError as e:
        print('TypeError', e)
