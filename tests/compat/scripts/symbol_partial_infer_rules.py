# Partial shape/type inference rules: samplers (float32 draws, parameters share shape and dtype), all_finite,
# linalg/pdf ops with one dtype, gather_nd and where (output dtype before the index/condition's), pick's index.
import warnings
import mxnet as mx

warnings.simplefilter('ignore')
x, y, z = mx.sym.var('x'), mx.sym.var('y'), mx.sym.var('z')
print(mx.sym.sample_exponential(x).infer_type(x='float16'))
print(mx.sym.sample_poisson(x, dtype='float64').infer_type(x='float16'))
print(mx.sym.sample_normal(x, y).infer_type_partial(x='float64'))
print(mx.sym.sample_gamma(x, y).infer_shape_partial(x=(2, 3)))
print(mx.sym.sample_uniform(x, y, shape=(4,)).infer_shape_partial(y=(2,)))
print(mx.sym.all_finite(x).infer_type(x='float16'), mx.sym.multi_all_finite(x).infer_type(x='float16'))
print(mx.sym.linalg.gemm(x, y, z).infer_type_partial(x='float16'))
print(mx.sym.linalg.gemm2(x, y).infer_type_partial(y='float64'))
print(mx.sym.linalg.trsm(x, y).infer_type_partial(x='float64'), mx.sym.linalg.trmm(x, y).infer_type_partial(x='float64'))
print(mx.sym.random_pdf_normal(x, y, z).infer_type_partial(x='float16'))
print(mx.sym.gather_nd(x, y).infer_type_partial(x='float16'))
w = mx.sym.where(x, y, z)
for given in [dict(x=(2, 3)), dict(y=(2, 3)), dict(x=(2,), y=(2, 3)), dict(y=(2, 3), z=(2, 3))]:
    print(given, w.infer_shape_partial(**given))
print(w.infer_type_partial(y='float16'), w.infer_type_partial(x='float16'))
print(mx.sym.pick(x, y).infer_shape_partial(x=(2, 3, 4)))
print(mx.sym.pick(x, y, axis=0).infer_shape_partial(x=(2, 3)))
print(mx.sym.pick(x, y, axis=1, keepdims=True).infer_shape(x=(2, 3, 4)))
print(mx.sym.choose_element_0index(x, y).infer_shape_partial(x=(2, 3)))
ex = mx.sym.sample_normal(x, y).simple_bind(mx.cpu(), x=(2,), type_dict={'x': 'float16'})
print(ex.arg_dict['y'].shape, ex.arg_dict['y'].dtype, ex.outputs[0].dtype)
for like in (mx.sym.broadcast_like(x, y), mx.sym.reshape_like(x, y)):     # the other input may have any dtype
    print(like.infer_type_partial(x='float16'), like.infer_type(x='float32', y='int32'))
print(mx.sym.broadcast_like(x, y).eval(x=mx.nd.ones((1, 2)), y=mx.nd.ones((3, 2), dtype='int32'))[0].dtype)
for fixed in (mx.sym.shape_array(x), mx.sym.size_array(x), mx.sym.contrib.allclose(x, y), mx.sym.all_finite(x)):
    print(fixed.infer_type_partial())
for make in (mx.sym.take, mx.sym.pick, mx.sym.gather_nd, mx.sym.broadcast_like, mx.sym.slice_like, mx.sym.reshape_like,
             mx.sym.Crop, mx.sym.Correlation, mx.sym.BilinearSampler, mx.sym.khatri_rao):      # the data's dtype, or refused
    try:
        print(make.__name__, make(x, y).infer_type(x='int32', y='float32'))
    except mx.base.MXNetError as e:
        print(make.__name__, type(e).__name__)
for dtype in ('bool', 'int8', 'float16'):
    print(dtype, mx.sym.cumsum(x).infer_type(x=dtype)[1], mx.sym.cumsum(x, dtype='float32').infer_type(x=dtype)[1])
print(mx.sym.amp_cast(x, dtype='float16').infer_type(x='int64'), mx.sym.amp_cast(x, dtype='float16').infer_type(x='float32'))
print(mx.sym.norm(x, out_dtype='float64').infer_type(x='float32'), mx.sym.norm(x).infer_type(x='float16'))
