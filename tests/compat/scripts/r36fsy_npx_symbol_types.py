"""mx.sym.npx type inference of layer, indexing and utility functions: dtypes given for either input, mixed, unknown and told back by the output; constraint_check needs a bool condition, known or not."""
import mxnet as mx, warnings
warnings.simplefilter('ignore')
mx.npx.set_np()
npx = mx.sym.npx
def V(n): return mx.sym.var(n).as_np_ndarray()
b, c, a = V('b'), V('c'), V('a')
cases = {'convolution': lambda: npx.convolution(b, c, kernel=(1, 1), num_filter=2, no_bias=True), 'deconvolution': lambda: npx.deconvolution(b, c, kernel=(1, 1), num_filter=2, no_bias=True),
 'pooling': lambda: npx.pooling(b, kernel=(2, 2)), 'batch_norm': lambda: npx.batch_norm(b, c, c, c, c), 'layer_norm': lambda: npx.layer_norm(b, c, c), 'embedding': lambda: npx.embedding(c, b, input_dim=3, output_dim=2),
 'dropout': lambda: npx.dropout(b, p=0.5), 'activation': lambda: npx.activation(b, act_type='relu'), 'leaky_relu': lambda: npx.leaky_relu(b), 'sequence_mask': lambda: npx.sequence_mask(b, c, use_sequence_length=True),
 'pick': lambda: npx.pick(b, c), 'topk': lambda: npx.topk(b, k=1, ret_typ='value'), 'topk_i': lambda: npx.topk(b, k=1), 'one_hot': lambda: npx.one_hot(c, 3), 'gather_nd': lambda: npx.gather_nd(b, c),
 'arange_like': lambda: npx.arange_like(b), 'smooth_l1': lambda: npx.smooth_l1(b), 'fully_connected': lambda: npx.fully_connected(b, c, num_hidden=2, no_bias=True), 'batch_dot': lambda: npx.batch_dot(b, c),
 'reshape_like': lambda: npx.reshape_like(b, c), 'softmax_len': lambda: npx.softmax(b, c, use_length=True), 'log_softmax': lambda: npx.log_softmax(b), 'sigmoid': lambda: npx.sigmoid(b), 'erfinv': lambda: npx.erfinv(b),
 'cast': lambda: npx.cast(b, dtype='float64'), 'batch_flatten': lambda: npx.batch_flatten(b), 'relu': lambda: npx.relu(b), 'roi_pooling': lambda: npx.roi_pooling(b, c, pooled_size=(1, 1), spatial_scale=1.0),
 'multibox_prior': lambda: npx.multibox_prior(b), 'constraint_check': lambda: npx.constraint_check(b), 'nonzero': lambda: npx.nonzero(b), 'slice': lambda: npx.slice(b, begin=(0,), end=(1,)),
}
def show(tag, s, **g):
    try:
        r = s.infer_type_partial(**g)
        print(tag, [getattr(t, '__name__', t) for t in r[0]], [getattr(t, '__name__', t) for t in r[1]])
    except Exception as e:
        print(tag, type(e).__name__, str(e).split('\n')[0].split('] ')[-1][:200])
for k, f in cases.items():
    s = f()
    s = s[0] if isinstance(s, list) else s
    show(k + ' back', s + a, a='float16')
    show(k + ' backi', s + a, a='int32')
    show(k + ' b16', s, b='float16')
    show(k + ' c16', s, c='float16')
    show(k + ' bi', s, b='int32')
    show(k + ' b16ci', s, b='float16', c='int32')
    show(k + ' none', s)
