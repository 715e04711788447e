"""A bucket whose inputs (or their gradients) outgrow the shared buffer logs MXNet's 'Bucketing: data ... larger than already allocated' warning once per growth; Module reshapes log none; reusing a gradient buffer a failed backward wrote reads nothing (the error waits for waitall)."""
# recorded on AVX2
import mxnet as mx
from _stderr import stderr_of


def warned(fn):
    """fn's result, then the Bucketing lines written on stderr meanwhile (clock times dropped)."""
    out, lines = stderr_of(fn)
    if isinstance(out, Exception):
        raise out
    return out, [x for x in lines if 'Bucketing' in x]


def sym_gen(key):
    d = mx.sym.var('data')
    h = mx.sym.FullyConnected(mx.sym.reshape(d, (0, -1, 2)), num_hidden=3, flatten=False, name='fc')
    return mx.sym.SoftmaxOutput(mx.sym.mean(h, axis=1), name='softmax'), ('data',), ('softmax_label',)


def batch(key, size):
    return mx.io.DataBatch([mx.nd.ones((size, key))], [mx.nd.zeros((size,))], bucket_key=key,
                           provide_data=[mx.io.DataDesc('data', (size, key))],
                           provide_label=[mx.io.DataDesc('softmax_label', (size,))])


for need_grad in (False, True):
    print('inputs_need_grad', need_grad)
    mod = mx.mod.BucketingModule(sym_gen, default_bucket_key=4)
    mod.bind([('data', (4, 4))], [('softmax_label', (4,))], inputs_need_grad=need_grad)
    mod.init_params()
    mod.init_optimizer()
    for key, size in [(2, 4), (6, 4), (6, 8), (4, 8), (8, 2), (10, 4), (2, 16)]:
        def step():
            mod.forward(batch(key, size))
            mod.backward()
            return mod.get_outputs()[0].shape
        shape, lines = warned(step)
        print(' ', key, size, shape)
        for line in lines:
            print('   ', line)

print('Module reshapes')
mod = mx.mod.Module(sym_gen(4)[0])
mod.bind([('data', (4, 4))], [('softmax_label', (4,))], inputs_need_grad=True)
mod.init_params()
for size in (8, 2, 16):
    def step():
        mod.forward(mx.io.DataBatch([mx.nd.ones((size, 4))], [mx.nd.zeros((size,))]))
        mod.backward()
        return mod.get_outputs()[0].shape
    print(' ', size, *warned(step))

print('simple_bind with a shared buffer')
net = sym_gen(4)[0]
buf = {}
params = ['fc_weight', 'fc_bias']
first, lines = warned(lambda: net.simple_bind(mx.cpu(), data=(4, 4), shared_buffer=buf))
print(' ', sorted((k, v.shape) for k, v in buf.items()), lines)
for shape, req in [((4, 8), 'write'), ((2, 8), 'write'), ((2, 10), 'null'), ((3, 10), 'write')]:
    _, lines = warned(lambda: net.simple_bind(mx.cpu(), data=shape, grad_req=req, shared_buffer=buf,
                                              shared_arg_names=params, shared_exec=first))
    print(' ', shape, req, sorted((k, v.shape) for k, v in buf.items()))
    for line in lines:
        print('   ', line)

print('a bucket reusing the gradient buffer of a failed backward')


def embedding_gen(key):
    d = mx.sym.var('data')
    e = mx.sym.Embedding(d, input_dim=12, output_dim=4, name='emb')
    h = mx.sym.FullyConnected(mx.sym.mean(e, axis=1), num_hidden=3, name='fc')
    return mx.sym.SoftmaxOutput(h, name='softmax'), ('data',), ('softmax_label',)


mod = mx.mod.BucketingModule(embedding_gen, default_bucket_key=6)
mod.bind([('data', (2, 6))], [('softmax_label', (2,))], inputs_need_grad=True)
mod.init_params(mx.init.One())
mod.forward(batch(6, 2))
mod.backward()          # Embedding refuses a data gradient: the error waits for a read
for key in (4, 2):
    try:
        mod.forward(batch(key, 2))
        print(' ', key, mod.get_outputs()[0].shape)
    except Exception as e:
        print(' ', key, type(e).__name__)
try:
    mx.nd.waitall()
    print('  waitall passes')
except Exception as e:
    print('  waitall', type(e).__name__, str(e).splitlines()[-1])
