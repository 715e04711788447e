"""An out= array that is a 0-d legacy array (shape unknown) passes shape inference and fails the output check after it, for unary, binary, transpose, where, shuffle and sampler outputs, as MXNet does."""
import mxnet as mx

nd = mx.nd
z = nd.array(3.0).reshape(())
v = nd.array([1.0, 2.0])
m = nd.ones((2, 2))


def show(name, f):
    try:
        r = f()
        print(name, "OK", r.asnumpy())
    except mx.base.MXNetError as e:
        print(name, str(e).split("Stack trace")[0])


show("abs", lambda: nd.abs(v, out=z))
show("sqrt", lambda: nd.sqrt(v, out=z))
show("shuffle", lambda: nd.shuffle(v, out=z))
show("flatten", lambda: nd.flatten(m, out=z))
show("broadcast_add", lambda: nd.broadcast_add(v, v, out=z))
show("elemwise_add", lambda: nd.elemwise_add(v, v, out=z))
show("sum", lambda: nd.sum(v, out=z))
show("dot", lambda: nd.dot(m, v, out=z))
show("transpose", lambda: nd.transpose(m, out=z))
show("where", lambda: nd.where(v, v, v, out=z))
show("argmax_channel", lambda: nd.argmax_channel(m, out=z))
show("zeros_like", lambda: nd.zeros_like(v, out=z))
show("normal_like", lambda: nd.random.normal_like(v, out=z))
show("random_uniform", lambda: nd.random.uniform(shape=(2, 3), out=z))
show("zeros", lambda: nd.zeros((2,), out=z))
show("same_0d", lambda: nd.abs(nd.array(-1.5).reshape(()), out=z))
show("zero_size_out", lambda: nd.random.normal(shape=(2,), out=nd.zeros((0,))))
