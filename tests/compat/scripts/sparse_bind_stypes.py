"""simple_bind's storage inference: output and gradient storage types for sparse arguments."""
import mxnet as mx


def show(label, s, shapes):
    ex = s.simple_bind(mx.cpu(), **shapes)
    print(label, sorted((k, v.stype) for k, v in ex.grad_dict.items() if v is not None), [o.stype for o in ex.outputs])


R, V = mx.sym.Variable('w', stype='row_sparse'), mx.sym.Variable('v', stype='row_sparse')
C, E, D = mx.sym.Variable('c', stype='csr'), mx.sym.Variable('e', stype='csr'), mx.sym.Variable('d')
W = mx.sym.Variable('m')
sizes = {'w': (4, 2), 'v': (4, 2), 'c': (4, 2), 'e': (4, 2), 'd': (4, 2), 'm': (2, 3), 'i': (3,)}
for label, s in [('cast csr', mx.sym.cast_storage(D, stype='csr')), ('cast rsp', mx.sym.cast_storage(D, stype='row_sparse')),
                 ('cast rsp->dense', mx.sym.cast_storage(R, stype='default')),
                 ('square rsp', mx.sym.square(R)), ('square rsp + 1', mx.sym.square(R) + 1), ('square csr', mx.sym.square(C)),
                 ('sqrt rsp', mx.sym.sqrt(R)), ('abs rsp', mx.sym.abs(R)), ('exp rsp', mx.sym.exp(R)),
                 ('relu rsp', mx.sym.relu(R)), ('negative rsp', mx.sym.negative(R)), ('rsp * 2', R * 2), ('rsp + 1', R + 1),
                 ('add rsp rsp', mx.sym.elemwise_add(R, V)), ('sub rsp rsp', mx.sym.elemwise_sub(R, V)),
                 ('mul rsp rsp', mx.sym.elemwise_mul(R, V)), ('add rsp dense', mx.sym.elemwise_add(R, D)),
                 ('mul rsp dense', mx.sym.elemwise_mul(R, D)), ('add csr csr', mx.sym.elemwise_add(C, E)),
                 ('square square rsp', mx.sym.square(mx.sym.square(R))), ('sum rsp', mx.sym.sum(R)),
                 ('add_n rsp', mx.sym.add_n(R, V)), ('make_loss square', mx.sym.MakeLoss(mx.sym.square(R))),
                 ('square w + square v', mx.sym.elemwise_add(mx.sym.square(R), mx.sym.square(V))),
                 ('dot csr m', mx.sym.dot(C, mx.sym.Variable('m'))), ('dot csr.T d', mx.sym.dot(C, D, transpose_a=True)),
                 ('dot csr rsp', mx.sym.dot(C, mx.sym.Variable('m', stype='row_sparse'))),
                 ('embedding sparse_grad', mx.sym.Embedding(mx.sym.Variable('i'), W, input_dim=2, output_dim=3, sparse_grad=True)),
                 ('embedding', mx.sym.Embedding(mx.sym.Variable('i'), W, input_dim=2, output_dim=3)),
                 ('_maximum rsp', mx.sym._internal._maximum(R, V))]:
    show(label, s, {k: v for k, v in sizes.items() if k in s.list_arguments()})
