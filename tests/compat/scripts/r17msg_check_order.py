"""Of several refused attributes the parser names the first it reads (its map's order): bad values, unknown names
and enumerations compete, in NDArray calls and at symbol creation alike."""
import mxnet as mx
from mxnet import nd
from _words import words

x = nd.ones((1, 1, 4, 4))
s = mx.sym.var("x")


def attempt(label, fn):
    try:
        fn()
        print(label, "-> ok")
    except Exception as e:
        print(label, "->", words(e))


attempt("Pooling kernel and stride zero", lambda: nd.Pooling(x, kernel=(0, 2), stride=(0, 0)))
attempt("Pooling bad type and stride", lambda: nd.Pooling(x, kernel=(2, 2), pool_type="foo", stride=(0, 1)))
attempt("Pooling unknown and no kernel", lambda: nd.Pooling(x, foo=1))
attempt("Pooling unknown and stride", lambda: nd.Pooling(x, kernel=(2, 2), stride=(0, 0), foo=1))
attempt("sym Pooling stride and type", lambda: mx.sym.Pooling(s, stride=(0, 0), pool_type="foo"))
attempt("sym Pooling type and unknown", lambda: mx.sym.Pooling(s, pool_type="foo", foo=1))
attempt("sym Convolution filter and unknown", lambda: mx.sym.Convolution(s, kernel=(2, 2), num_filter=0, bar=1))
attempt("sym Convolution layout and unknown", lambda: mx.sym.Convolution(s, num_filter=1, layout="NXHW", bar=1))
attempt("sym Convolution kernel text and unknown", lambda: mx.sym.Convolution(s, kernel="x", bar=1))
attempt("Dropout p and mode", lambda: nd.Dropout(x, p=2, mode="foo"))
attempt("Dropout p and unknown", lambda: nd.Dropout(x, p="x", qq=1))
attempt("Embedding dims", lambda: nd.Embedding(nd.ones((2,)), nd.ones((3, 2)), input_dim=0, output_dim="b"))
attempt("topk fields", lambda: nd.topk(x, k="k", ret_typ="foo", is_ascend="x"))
attempt("LeakyReLU fields", lambda: nd.LeakyReLU(x, act_type="foo", slope="s", cc=1))
attempt("FullyConnected fields", lambda: nd.FullyConnected(nd.ones((2, 3)), nd.ones((2, 3)), nd.ones((2,)),
                                                          num_hidden=0, flatten="q", zzz=1))
attempt("Activation unknown pair", lambda: nd.Activation(x, act_type="relu", xx=1, yy=2))
