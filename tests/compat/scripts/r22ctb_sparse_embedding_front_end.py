"""contrib.SparseEmbedding's generated function declares Embedding's sparse_grad (refused by its parser) and passes
deterministic on undeclared: its attributes keep MXNet's order, and the refusal of a dense weight gradient lists
them; Embedding's refusal of a gradient storage that sparse_grad does not match says no more than MXNet's."""
# recorded on AVX2
import inspect
import re

import mxnet as mx


def words(e):
    """Every line of the message but the C++ trace's, without the time of day."""
    lines = [line for line in str(e).splitlines() if line.strip() and not line.startswith(('Traceback', '  File'))]
    text = ' | '.join(lines).replace('MXNetError: ', '')
    return type(e).__name__ + ': ' + re.sub(r'\[\d\d:\d\d:\d\d\] ', '', text)


print(inspect.signature(mx.nd.contrib.SparseEmbedding))
print(inspect.signature(mx.sym.contrib.SparseEmbedding))
given = [dict(), dict(deterministic=True), dict(dtype='float32'), dict(deterministic=False, dtype='float32'),
         dict(dtype='float64', deterministic=True), dict(sparse_grad=True), dict(foo=1)]
for kw in given:
    try:
        print(kw, mx.sym.contrib.SparseEmbedding(mx.sym.var('d'), input_dim=6, output_dim=3, **kw).list_attr())
    except mx.base.MXNetError as e:
        print(kw, words(e).split(' | ')[0])
    for stype in ['default', 'row_sparse']:
        weight = mx.nd.ones((6, 3), dtype=kw.get('dtype', 'float32'))
        weight.attach_grad(stype=stype)
        try:
            with mx.autograd.record():
                out = mx.nd.contrib.SparseEmbedding(mx.nd.array([[1, 3], [3, 5]]), weight, input_dim=6, output_dim=3, **kw)
            out.backward()
            print(kw, stype, weight.grad.stype, weight.grad.asnumpy().sum(axis=1).tolist())
        except mx.base.MXNetError as e:
            print(kw, stype, words(e).split(' | Possible')[0].replace('node_', 'node '))
for kw in [dict(), dict(sparse_grad=True), dict(dtype='float64')]:
    for stype in ['default', 'row_sparse']:
        weight = mx.nd.ones((6, 3), dtype=kw.get('dtype', 'float32'))
        weight.attach_grad(stype=stype)
        try:
            with mx.autograd.record():
                out = mx.nd.Embedding(mx.nd.array([[1, 3], [3, 5]]), weight, input_dim=6, output_dim=3, **kw)
            out.backward()
            print('Embedding', kw, stype, weight.grad.stype, weight.grad.asnumpy().sum(axis=1).tolist())
        except mx.base.MXNetError as e:
            print('Embedding', kw, stype, words(e).replace('node_', 'node '))
