"""Under NumPy shape semantics a new bucket (a module bound with shared_module, a simple_bind given a shared_buffer) whose inputs need fewer elements than the shared buffer holds fails simple_bind as MXNet's NDArray::Reshape check does; larger and equal sizes bind."""
# recorded on AVX2
import mxnet as mx


def sym_gen(key):
    d = mx.sym.Variable('data')
    e = mx.sym.Embedding(d, input_dim=10, output_dim=4, name='emb')
    h = mx.sym.FullyConnected(mx.sym.sum(e, axis=1), num_hidden=3, name='fc')
    return mx.sym.SoftmaxOutput(h, mx.sym.Variable('softmax_label'), name='softmax'), ('data',), ('softmax_label',)


def batch(n, key):
    return mx.io.DataBatch([mx.nd.ones((n, key))], [mx.nd.ones(n)], bucket_key=key,
                           provide_data=[('data', (n, key))], provide_label=[('softmax_label', (n,))])


def run(default_key, keys, n, need_grad):
    mod = mx.mod.BucketingModule(sym_gen, default_bucket_key=default_key)
    mod.bind([('data', (4, default_key))], [('softmax_label', (4,))], inputs_need_grad=need_grad)
    mod.init_params(mx.init.One())
    for key in keys:
        try:
            mod.forward(batch(n, key))
            print(key, mod.get_outputs()[0].shape)
        except Exception as e:
            print(key, type(e).__name__, str(e))


for np_shape in [False, True]:
    with mx.util.np_shape(np_shape):
        for default_key, keys, n, need_grad in [(5, [2], 4, False), (5, [7], 4, False), (5, [5], 2, False),
                                                (5, [3, 7, 2], 4, False), (5, [5], 6, False), (5, [2], 4, True),
                                                (4, [8], 2, False)]:
            print('np_shape=%s default=%d keys=%s batch=%d inputs_need_grad=%s' % (np_shape, default_key, keys, n, need_grad))
            run(default_key, keys, n, need_grad)
        print('np_shape=%s shared_module' % np_shape)
        sym = sym_gen(3)[0]
        m1 = mx.mod.Module(sym)
        m1.bind([('data', (4, 3))], [('softmax_label', (4,))])
        m1.init_params(mx.init.One())
        for shape in [(2, 3), (4, 3), (3, 4), (6, 3)]:
            m2 = mx.mod.Module(sym)
            try:
                m2.bind([('data', shape)], [('softmax_label', shape[:1])], shared_module=m1)
                print(shape, m2.output_shapes)
            except Exception as e:
                print(shape, type(e).__name__, str(e))

sym = mx.sym.FullyConnected(mx.sym.Variable('data'), num_hidden=3, name='fc')
for np_shape in [False, True]:
    with mx.util.np_shape(np_shape):
        for shape in [(4, 2), (4, 5), (2, 10), (5, 5)]:
            buf = {'data': mx.nd.zeros((4, 5))}
            try:
                ex = sym.simple_bind(mx.cpu(), shared_buffer=buf, data=shape)
                print('simple_bind np_shape=%s' % np_shape, shape, [a.shape for a in ex.arg_arrays],
                      sorted((k, v.shape) for k, v in buf.items()))
            except Exception as e:
                print('simple_bind np_shape=%s' % np_shape, shape, type(e).__name__, str(e))
