"""An out= array of another dtype given to the legacy scalar operators is refused by their own type inference (the slice assignments by the elementwise check); Concat's out= of another shape names concat.cc."""
import mxnet as mx

nd = mx.nd
x = nd.array([[1., -2, 3], [0.5, 4, -1]])
names = ['_crop_assign_scalar', '_div_scalar', '_equal_scalar', '_greater_equal_scalar', '_greater_scalar',
         '_hypot_scalar', '_lesser_equal_scalar', '_lesser_scalar', '_logical_and_scalar', '_logical_or_scalar',
         '_logical_xor_scalar', '_maximum_scalar', '_minimum_scalar', '_minus_scalar', '_mod_scalar', '_mul_scalar',
         '_not_equal_scalar', '_plus_scalar', '_power_scalar', '_rdiv_scalar', '_rminus_scalar', '_rmod_scalar',
         '_rpower_scalar', '_scatter_minus_scalar', '_scatter_plus_scalar', '_slice_assign_scalar']
for n in names:
    f = getattr(nd._internal, n)
    for dt in ('int32', 'float16', 'float32'):
        kw = dict(begin=(0, 0), end=(1, 1)) if 'assign' in n else {}
        try:
            print(n, dt, f(x, scalar=2, out=nd.zeros((2, 3), dtype=dt), **kw).asnumpy().tolist())
        except mx.MXNetError as e:
            print(n, dt, repr(str(e)))
for shape, dt in (((2, 3), 'float32'), ((3, 2), 'float32'), ((4, 3), 'int32'), ((4, 3), 'float32')):
    try:
        print('concat', shape, dt, nd.concat(x, x, dim=0, out=nd.zeros(shape, dtype=dt)).shape)
    except mx.MXNetError as e:
        print('concat', shape, dt, repr(str(e)))
