"""Embedding and SparseEmbedding refuse a data gradient naming the request MXNet's backward hands them: kAddTo for an 'add' variable read by them alone, else kWriteTo."""
import mxnet as mx


def show(label, f):
    try:
        print(label, f())
    except mx.base.MXNetError as e:
        print(label, 'MXNetError', repr(str(e)))


d = mx.sym.Variable('data')
graphs = {
    'emb': mx.sym.Embedding(d, input_dim=5, output_dim=2, name='emb'),
    'emb_sparse_grad': mx.sym.Embedding(d, input_dim=5, output_dim=2, sparse_grad=True, name='emb'),
    'sparse_emb': mx.sym.contrib.SparseEmbedding(d, input_dim=5, output_dim=2, name='emb'),
    'emb_of_product': mx.sym.Embedding(d * 1, input_dim=5, output_dim=2, name='emb'),
    'two_embs': mx.sym.Embedding(d, input_dim=5, output_dim=2, name='emb')
    + mx.sym.Embedding(d, input_dim=5, output_dim=2, name='emb2'),
}
for name, s in graphs.items():
    for req in ('write', 'add', {'data': 'add', 'emb_weight': 'null', 'emb2_weight': 'null'},
                {'data': 'null', 'emb_weight': 'add', 'emb2_weight': 'add'}):
        def run():
            ex = s.simple_bind(mx.cpu(), grad_req=req, data=(2,))
            ex.arg_dict['data'][:] = mx.nd.array([1, 3])
            for a in ex.arg_arrays[1:]:
                a[:] = 0.5
            ex.forward(is_train=True)
            ex.backward(mx.nd.ones((2, 2)))
            return [ex.grad_dict[n].asnumpy().tolist() for n in ex.grad_dict if ex.grad_dict[n] is not None]
        show('%s %s' % (name, req), run)

for req in ('write', 'add'):
    def imperative(sparse=False):
        x = mx.nd.array([1, 2])
        w = mx.nd.ones((5, 2))
        x.attach_grad(req)
        w.attach_grad(stype='row_sparse' if sparse else 'default')
        with mx.autograd.record():
            y = (mx.nd.contrib.SparseEmbedding if sparse else mx.nd.Embedding)(x, w, input_dim=5, output_dim=2)
        y.backward()
        return x.grad.asnumpy().tolist()
    show('imperative ' + req, imperative)
    show('imperative sparse ' + req, lambda: imperative(True))
