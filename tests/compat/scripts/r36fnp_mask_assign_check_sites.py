"""Boolean-mask assignments that MXNet's _npi_boolean_mask_assign refuses print its C++ source lines (mask/array dimensions, value shapes, mask counts)."""
import mxnet as mx

np = mx.np
mx.npx.set_np()
base = np.arange(60, dtype='float32').reshape(3, 4, 5)
cases = [(base > 30, np.ones((2, 2))), (base[0, 0] > 2, 7), (np.ones((3, 4, 5, 6)) > 0, 7),
         (base[:, 0] > 4, np.ones((3, 4, 5))), (base[:, 0] > 4, np.ones((5, 4))), (base[0] > 4, np.ones(5)),
         (base[0] > 5, np.array([1., 2.])), (base[:, :, 0] > 30, np.ones(2)), (base > 50, np.ones(3)),
         (base[:, 0] > 4, np.ones((2, 5)))]
for mask, value in cases:
    b = base.copy()
    try:
        b[mask] = value
        print(b.sum())
    except mx.base.MXNetError as e:
        print(repr(str(e)))
