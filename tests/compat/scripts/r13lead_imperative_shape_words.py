"""An NDArray call's shape checks (elemwise, add_n, FullyConnected, Embedding, Convolution, dense and sparse) name no operator, as MXNet's."""
import mxnet as mx

nd = mx.nd


def show(label, f):
    try:
        r = f()
        print(label, r.shape)
    except mx.base.MXNetError as e:
        lines = [line for line in str(e).splitlines() if line.strip()]
        print(label, next((line for line in lines if line.startswith(('Check failed', 'Shape inconsistent',
                                                                      'Unexpected shape', 'MXNetError: '))), lines[0])
              .replace('MXNetError: ', ''))


a, b = nd.ones((2, 3)), nd.ones((3, 2))
show("elemwise_add", lambda: nd.elemwise_add(a, b))
show("elemwise_mul", lambda: nd.elemwise_mul(a, nd.ones((3,))))
show("add_n", lambda: nd.add_n(a, a, b))
show("ElementWiseSum", lambda: nd.ElementWiseSum(a, b))
show("csr elemwise_add", lambda: nd.sparse.elemwise_add(a.tostype('csr'), b.tostype('csr')))
show("rsp add_n", lambda: nd.sparse.add_n(a.tostype('row_sparse'), b.tostype('row_sparse')))
show("FullyConnected weight", lambda: nd.FullyConnected(a, nd.ones((4, 2)), num_hidden=4, no_bias=True))
show("FullyConnected bias", lambda: nd.FullyConnected(a, nd.ones((4, 3)), nd.ones(3), num_hidden=4))
show("Embedding weight", lambda: nd.Embedding(nd.ones((2,)), nd.ones((4, 2)), input_dim=5, output_dim=2))
show("Convolution weight", lambda: nd.Convolution(nd.ones((1, 2, 4, 4)), nd.ones((2, 1, 3, 3)), kernel=(3, 3),
                                                  num_filter=2, no_bias=True))
show("Convolution bias", lambda: nd.Convolution(nd.ones((1, 1, 4, 4)), nd.ones((2, 1, 3, 3)), nd.ones(3),
                                                kernel=(3, 3), num_filter=2))
show("LayerNorm gamma", lambda: nd.LayerNorm(a, nd.ones(2), nd.ones(3)))
