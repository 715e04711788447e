"""An operator refusing an argument it does not declare lists every parameter it does declare: type, default and
meaning, then the operator with the attributes it was given (nothing for parsers that do not name it)."""
import mxnet as mx
from mxnet import nd
from _words import words

x = nd.ones((1, 1, 4, 4))
w = nd.ones((1, 1, 2, 2))


def refused(label, fn):
    try:
        fn()
        print(label, "-> no error")
    except mx.base.MXNetError as e:
        print(label, "->", words(e))
        print("\n".join(str(e).splitlines()[1:]))


refused("zeros", lambda: nd.zeros((2,), foo=1))
refused("ones stype", lambda: nd.ones((2, 2), stype="csr"))
refused("eye", lambda: nd.eye(3, foo=1))
refused("uniform", lambda: nd.random.uniform(0, 1, shape=(2,), foo=1))
refused("FullyConnected", lambda: nd.FullyConnected(nd.ones((2, 3)), nd.ones((4, 3)), nd.ones((4,)), num_hidden=4,
                                                    foo=1))
refused("Convolution", lambda: nd.Convolution(x, w, nd.ones((1,)), kernel=(2, 2), num_filter=1, foo=1))
refused("sum", lambda: nd.sum(x, foo=1))
refused("Pooling no kernel", lambda: nd.Pooling(x, foo=1))
refused("Activation two unknown", lambda: nd.Activation(x, act_type="relu", bar=1, foo=2))
refused("Dropout", lambda: nd.Dropout(x, foo=1))
refused("sym FullyConnected", lambda: mx.sym.FullyConnected(num_hidden=2, foo=1))
refused("sym sum", lambda: mx.sym.sum(foo=1))
refused("sym add_n", lambda: mx.sym.add_n(mx.sym.var("a"), mx.sym.var("b"), bogus=1))
refused("imdecode", lambda: mx.image.imdecode(b"xx", foo=1))
refused("sparse zeros", lambda: nd.sparse.zeros("csr", (2, 2), foo=1))
refused("relu takes no parameters", lambda: nd.relu(x, foo=1).shape)
