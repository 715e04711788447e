"""Modules on several devices (work loads, reshape, the kvstore choices) and sparse gradients
(Embedding sparse_grad, csr data with a row_sparse weight pulled by prepare), trained a few steps."""
import warnings

import numpy as np
import mxnet as mx
from _words import words

S = mx.sym
CPUS = [mx.cpu(0), mx.cpu(1)]


def X(n, k=5):
    return mx.nd.array(np.arange(n * k).reshape(n, k) % 7 / 7.0)


def Y(n):
    return mx.nd.array(np.arange(n) % 3)


def shown(r):
    if isinstance(r, mx.nd.NDArray):
        return r.asnumpy().astype('float64').round(4).tolist()
    if isinstance(r, np.ndarray):
        return r.astype('float64').round(4).tolist()
    if isinstance(r, dict):
        return {k: shown(v) for k, v in sorted(r.items())}
    if isinstance(r, (list, tuple)):
        return type(r)([shown(x) for x in r])
    return r


def show(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            print(label, '->', shown(fn()))
        except Exception as e:
            print(label, '->', words(e)[:200])
    for w in caught:
        if w.category is UserWarning:
            print('  warning:', str(w.message)[:200])


def net():
    x = S.Activation(S.FullyConnected(S.var('data'), num_hidden=4, name='fc'), act_type='tanh')
    return S.SoftmaxOutput(x, name='softmax')


def trained(sym, contexts, kvstore='local', optimizer='sgd', params=(('learning_rate', 0.1),), n=6, work=None, steps=2):
    mx.random.seed(8)
    m = mx.mod.Module(sym, context=contexts, work_load_list=work)
    m.bind([('data', (n, 5))], [('softmax_label', (n,))])
    m.init_params(mx.init.Xavier())
    m.init_optimizer(kvstore=kvstore, optimizer=optimizer, optimizer_params=params)
    batch = mx.io.DataBatch([X(n)], [Y(n)])
    for _ in range(steps):
        m.forward(batch)
        m.backward()
        m.update()
    return m


for kvstore, optimizer in [('local', 'sgd'), ('device', 'adam'), (None, 'adam')]:
    show('two devices, %s, %s' % (kvstore, optimizer),
         lambda: (lambda m: (m._update_on_kvstore, m.get_params()))(trained(net(), CPUS, kvstore, optimizer)))
show('work load 1:2', lambda: (lambda m: (m._exec_group.slices, m.get_outputs(merge_multi_context=False)))(
    trained(net(), CPUS, work=[1, 2], steps=1)))
m = trained(net(), CPUS, steps=0)
m.reshape([('data', (5, 5))], [('softmax_label', (5,))])
m.forward(mx.io.DataBatch([X(5)], [Y(5)]))
show('reshaped to 5', lambda: (m._exec_group.slices, m.get_outputs()))
show('padded prediction', lambda: m.predict(mx.io.NDArrayIter(X(7), Y(7), 5, last_batch_handle='pad')))
show('score', lambda: [(k, round(v, 4)) for k, v in m.score(mx.io.NDArrayIter(X(10), Y(10), 5), ['acc', 'ce'])])
show('three devices, batch of two', lambda: mx.mod.Module(net(), context=[mx.cpu(i) for i in range(3)]).bind(
    [('data', (2, 5))], [('softmax_label', (2,))]))
ff = mx.model.FeedForward(net(), ctx=CPUS, num_epoch=2, numpy_batch_size=4, initializer=mx.init.One(), learning_rate=0.1)
ff.fit(X(8).asnumpy(), Y(8).asnumpy())
show('FeedForward on two devices', lambda: (ff.arg_params, ff.predict(X(6).asnumpy())))


def embedding(sparse):
    x = S.Embedding(S.var('data'), input_dim=6, output_dim=3, sparse_grad=sparse, name='emb')
    return S.SoftmaxOutput(S.FullyConnected(x, num_hidden=3, name='fc'), name='softmax')


IDS = mx.io.DataBatch([mx.nd.array([[0, 1], [1, 2], [0, 0], [3, 1]])], [Y(4)])
for sparse in [True, False]:
    for optimizer, params in [('sgd', {'momentum': 0.9, 'wd': 0.1}), ('adam', {'lazy_update': False})]:
        for kvstore, ndev in [('local', 1), (None, 2)]:
            def run():
                mx.random.seed(9)
                e = mx.mod.Module(embedding(sparse), context=CPUS[:ndev])
                e.bind([('data', (4, 2))], [('softmax_label', (4,))])
                e.init_params(mx.init.Xavier())
                e.init_optimizer(kvstore=kvstore, optimizer=optimizer, optimizer_params=params)
                for _ in range(2):
                    e.forward(IDS)
                    e.backward()
                    e.update()
                grad = e._exec_group.grad_arrays[e._exec_group.param_names.index('emb_weight')][0]
                return grad.stype, e._update_on_kvstore, e.get_params()[0]['emb_weight']
            show('embedding sparse_grad=%s %s %s %s x%d' % (sparse, optimizer, sorted(params.items()), kvstore, ndev), run)

CSR = mx.nd.array([[1, 0, 0, 2, 0], [0, 0, 0, 0, 0], [0, 3, 0, 0, 0], [1, 0, 0, 0, 0]]).tostype('csr')
for optimizer in ['sgd', 'adam']:
    for kvstore in ['local', None]:
        def run():
            mx.random.seed(10)
            w = S.var('w', stype='row_sparse', shape=(5, 3))
            d = mx.mod.Module(S.SoftmaxOutput(S.sparse.dot(S.var('data', stype='csr'), w), name='softmax'))
            d.bind([('data', (4, 5))], [('softmax_label', (4,))])
            d.init_params(mx.init.Uniform(0.5))
            d.init_optimizer(kvstore=kvstore, optimizer=optimizer)
            batch = mx.io.DataBatch([CSR], [Y(4)])
            d.prepare(batch, sparse_row_id_fn=lambda b: {'w': mx.nd.array([0, 1, 3])})
            for _ in range(2):
                d.forward(batch)
                d.backward()
                d.update()
            return d.get_params()[0]['w'].stype, d.get_params()[0]['w']
        show('csr data, row_sparse weight, %s %s' % (optimizer, kvstore), run)
