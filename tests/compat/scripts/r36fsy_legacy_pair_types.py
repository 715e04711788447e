"""Legacy symbol type inference of two-input operators (broadcast_*, elemwise_*, dot, indexing, joining, outputs with labels): dtypes given for either input, mixed, and told back by the output (scatter_nd's data takes its output's)."""
import mxnet as mx, warnings
warnings.simplefilter('ignore')
b, c, a = mx.sym.var('b'), mx.sym.var('c'), mx.sym.var('a')
ops = {n: (lambda n: lambda: getattr(mx.sym, n)(b, c, name='x'))(n) for n in dir(mx.sym) if n.startswith(('broadcast_', 'elemwise_')) and n not in ('broadcast_to', 'broadcast_axis', 'broadcast_axes')}
ops.update({'dot': lambda: mx.sym.dot(b, c), 'batch_dot': lambda: mx.sym.batch_dot(b, c), 'take': lambda: mx.sym.take(b, c), 'pick': lambda: mx.sym.pick(b, c),
 'gather_nd': lambda: mx.sym.gather_nd(b, c), 'Embedding': lambda: mx.sym.Embedding(c, b, input_dim=3, output_dim=2), 'where': lambda: mx.sym.where(c, b, b),
 'reshape_like': lambda: mx.sym.reshape_like(b, c), 'slice_like': lambda: mx.sym.slice_like(b, c), 'one_hot': lambda: mx.sym.one_hot(c, 3),
 'add_n': lambda: mx.sym.add_n(b, c), 'ElementWiseSum': lambda: mx.sym.ElementWiseSum(b, c), 'maximum': lambda: mx.sym.maximum(b, c), 'hypot': lambda: mx.sym.hypot(b, c),
 'pow': lambda: b ** c, 'concat': lambda: mx.sym.concat(b, c), 'stack': lambda: mx.sym.stack(b, c), 'khatri_rao': lambda: mx.sym.khatri_rao(b, c),
 'linalg_gemm2': lambda: mx.sym.linalg.gemm2(b, c), 'smooth_l1?': lambda: mx.sym.smooth_l1(b), 'softmax_ce': lambda: mx.sym.softmax_cross_entropy(b, c),
 'SequenceMask': lambda: mx.sym.SequenceMask(b, c, use_sequence_length=True), 'batch_take': lambda: mx.sym.batch_take(b, c), 'scatter_nd': lambda: mx.sym.scatter_nd(b, c, shape=(2,)),
 'LinearRegressionOutput': lambda: mx.sym.LinearRegressionOutput(b, c), 'SoftmaxOutput': lambda: mx.sym.SoftmaxOutput(b, c), 'MakeLoss': lambda: mx.sym.MakeLoss(b),
 'amp_multicast': lambda: mx.sym.amp_multicast(b, c, num_outputs=2)[0], 'Crop': lambda: mx.sym.Crop(b, c, num_args=2), 'UpSampling': lambda: mx.sym.UpSampling(b, c, scale=2, sample_type='bilinear', num_filter=1),
})
def show(tag, s, **g):
    try:
        r = s.infer_type_partial(**g)
        print(tag, [getattr(t, '__name__', t) for t in r[0]], [getattr(t, '__name__', t) for t in r[1]])
    except Exception as e:
        print(tag, type(e).__name__, str(e).split('\n')[0].split('] ')[-1][:200])
for n, f in sorted(ops.items()):
    s = f()
    show(n + ' back', s + a, a='float16')
    show(n + ' backi', s + a, a='int32')
    show(n + ' b16', s, b='float16')
    show(n + ' c16', s, c='float16')
    show(n + ' bi', s, b='int32')
    show(n + ' ci', s, c='int32')
    show(n + ' b16ci', s, b='float16', c='int32')
