"""npx calls checked in MXNet's order: softmax's length input counted unless use_length is None ('MXNetError: bad optional access'), rnn's missing parameters before its inputs, a unary operator's second positional read as out."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def show(label, f):
    try:
        r = f()
        text = "%s %s %s" % (r.dtype, r.shape, r.tolist())
    except Exception as e:  # noqa: BLE001
        text = "%s %r" % (type(e).__name__, str(e))
    print(label, text)


a = np.ones((2, 3))
show("softmax length", lambda: npx.softmax(a, a))
show("softmax length use_length None", lambda: npx.softmax(a, a, use_length=None))
show("softmax length use_length False", lambda: npx.softmax(a, a, use_length=False))
show("softmax length by name", lambda: npx.softmax(a, length=a))
show("softmax length by name use_length None", lambda: npx.softmax(a, length=a, use_length=None))
show("nd softmax length", lambda: mx.nd.softmax(mx.nd.ones((2, 3)), mx.nd.ones((2, 3))))
show("nd softmax length use_length None", lambda: mx.nd.softmax(mx.nd.ones((2, 3)), mx.nd.ones((2, 3)), use_length=None))
show("rnn", lambda: npx.rnn(a))
show("rnn mode", lambda: npx.rnn(a, mode="lstm"))
show("rnn two inputs", lambda: npx.rnn(a, a, mode="rnn_tanh", state_size=2, num_layers=1))
show("rnn no mode", lambda: npx.rnn(a, a, a, state_size=2, num_layers=1))
show("rnn no layers", lambda: npx.rnn(a, a, a, mode="lstm", state_size=2))
for name in ("relu", "sigmoid", "erf", "erfinv", "gamma", "gammaln", "batch_flatten", "shape_array"):
    show("%s with a number out" % name, lambda: getattr(npx, name)(a, 2))
show("relu into an array", lambda: npx.relu(a, np.zeros((2, 3))))
