"""0-d legacy arrays into hybridized blocks: shape () is unknown to the graph's shape inference (pick's index passes)."""
import mxnet as mx

nn = mx.gluon.nn


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", type(e).__name__)


scalar = mx.nd.array(3.0)
vector = mx.nd.array([1., 2., 3., 4.])
for hybridize in (False, True):
    def block(function):
        b = nn.HybridLambda(function)
        if hybridize:
            b.hybridize()
        return b

    def loss(make):
        b = make()
        if hybridize:
            b.hybridize()
        return b

    attempt(f"hybridized={hybridize} scalar * 2", lambda: block(lambda F, x: x * 2)(scalar))
    attempt(f"hybridized={hybridize} vector + scalar", lambda: block(lambda F, x, y: F.broadcast_add(x, y))(vector, scalar))
    attempt(f"hybridized={hybridize} relu", lambda: block("relu")(scalar))
    attempt(f"hybridized={hybridize} pick", lambda: block(lambda F, x, y: F.pick(x, y, axis=-1))(vector, scalar))
    attempt(f"hybridized={hybridize} SoftmaxCELoss", lambda: loss(mx.gluon.loss.SoftmaxCELoss)(vector, scalar))
    attempt(f"hybridized={hybridize} L2Loss", lambda: loss(mx.gluon.loss.L2Loss)(scalar, scalar))
    attempt(f"hybridized={hybridize} 1-element", lambda: block(lambda F, x: x * 2)(scalar.reshape((1,))))
