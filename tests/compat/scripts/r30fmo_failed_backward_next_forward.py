"""A backward whose kernel fails (Embedding asked for a data gradient) leaves its error for the next forward of the executor (or of any executor sharing its memory: a Module's reshapes, a BucketingModule's buckets): that forward's outputs raise it once; a second backward adds none; other executors stay clean."""
# recorded on AVX2
import mxnet as mx


def run(tag, fn):
    try:
        print(' ', tag, fn())
    except Exception as e:
        print(' ', tag, type(e).__name__, str(e).splitlines()[-1])


def drain():
    try:
        mx.nd.waitall()
        print('  waitall passes')
    except Exception as e:
        print('  waitall', type(e).__name__)


data = mx.sym.var('data')
emb = mx.sym.Embedding(data, input_dim=12, output_dim=4, name='emb')
nets = {'flatten-fc': mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.flatten(emb), num_hidden=3, name='fc'),
                                           name='softmax'),
        'relu loss': mx.sym.MakeLoss(mx.sym.relu(emb)),
        'mean loss': mx.sym.MakeLoss(mx.sym.mean(emb))}
for name, net in nets.items():
    for steps in ('FBF', 'FBFF', 'FBBF', 'FB', 'FBw', 'FBx', 'FBn'):
        print(name, steps)
        ex = net.simple_bind(mx.cpu(), data=(2, 3))
        for step in steps[:-1]:
            if step == 'F':
                ex.forward(is_train=True)
            else:
                ex.backward()
        last = steps[-1]
        if last == 'F':
            run('forward', lambda: ex.forward(is_train=False)[0].asnumpy().ravel()[:3].tolist())
        elif last == 'B':
            run('backward', lambda: (ex.backward(), ex.grad_dict['emb_weight'].asnumpy().ravel()[:3].tolist())[1])
        elif last == 'x':
            other = net.simple_bind(mx.cpu(), data=(2, 3))
            run('other executor', lambda: other.forward(is_train=False)[0].asnumpy().ravel()[:3].tolist())
        elif last == 'n':
            run('nd.mean', lambda: mx.nd.mean(mx.nd.ones((3, 3))).asnumpy().tolist())
        drain()

fc_net = nets['flatten-fc']
batch = mx.io.DataBatch([mx.nd.ones((2, 3))], [mx.nd.zeros((2,))])
for what in ('eval', 'train', 'update', 'weight grad', 'input grad', 'old outputs', 'reshaped'):
    print('Module', what)
    mod = mx.mod.Module(fc_net)
    mod.bind([('data', (2, 3))], [('softmax_label', (2,))], inputs_need_grad=True)
    mod.init_params(mx.init.One())
    mod.init_optimizer()
    mod.forward(batch)
    mod.backward()
    if what in ('eval', 'train'):
        run(what, lambda: (mod.forward(batch, is_train=what == 'train'), mod.get_outputs()[0].asnumpy().tolist())[1])
    elif what == 'update':
        run(what, lambda: (mod.update(), mod.get_params()[0]['fc_weight'].asnumpy().ravel()[:3].tolist())[1])
    elif what == 'weight grad':
        run(what, lambda: mod._exec_group.grad_arrays[0][0].asnumpy().ravel()[:3].tolist())
    elif what == 'input grad':
        run(what, lambda: mod.get_input_grads()[0].asnumpy().tolist())
    elif what == 'old outputs':
        run(what, lambda: mod.get_outputs()[0].asnumpy().tolist())
    else:
        bigger = mx.io.DataBatch([mx.nd.ones((4, 3))], [mx.nd.zeros((4,))])
        run(what, lambda: (mod.forward(bigger, is_train=False), mod.get_outputs()[0].shape)[1])
        run('read', lambda: mod.get_outputs()[0].asnumpy().tolist())
    drain()


def bucket_gen(key):
    return fc_net, ('data',), ('softmax_label',)


def bucket_batch(key):
    return mx.io.DataBatch([mx.nd.ones((2, 3))], [mx.nd.zeros((2,))], bucket_key=key,
                           provide_data=[mx.io.DataDesc('data', (2, 3))],
                           provide_label=[mx.io.DataDesc('softmax_label', (2,))])


print('BucketingModule, another bucket after the failed backward')
mod = mx.mod.BucketingModule(bucket_gen, default_bucket_key=5)
mod.bind([('data', (2, 3))], [('softmax_label', (2,))], inputs_need_grad=True)
mod.init_params(mx.init.One())
mod.forward(bucket_batch(5))
mod.backward()
run('bucket 4', lambda: (mod.forward(bucket_batch(4), is_train=False), mod.get_outputs()[0].asnumpy().tolist())[1])
run('bucket 3', lambda: (mod.forward(bucket_batch(3), is_train=False), mod.get_outputs()[0].asnumpy().tolist())[1])
drain()
