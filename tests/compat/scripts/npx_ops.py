"""mx.npx operators, npx.reshape codes and npx.random on mx.np arrays (NumPy mode)."""
import numpy as onp
import mxnet as mx
from mxnet import autograd, np, npx


def show(label, x):
    if isinstance(x, (list, tuple)):
        for i, v in enumerate(x):
            show(f"{label}[{i}]", v)
        return
    print(label, type(x).__name__, x.shape, onp.dtype(x.dtype).name, onp.round(x.asnumpy().astype("float64"), 5).tolist())


def attempt(label, fn):
    try:
        show(label, fn())
    except Exception as e:  # noqa: BLE001  (the error class is part of the output)
        print(label, "error", type(e).__name__)


npx.set_np()
print(mx.util.is_np_shape(), mx.util.is_np_array())
x = np.array([[-1.0, 2.0, 0.5], [3.0, -4.0, 1.5]])
show("relu", npx.relu(x))
show("sigmoid", npx.sigmoid(x))
show("softmax", npx.softmax(x))
show("softmax0", npx.softmax(x, axis=0, temperature=2.0))
show("log_softmax", npx.log_softmax(x))
show("activation", npx.activation(x, act_type="softrelu"))
show("leaky", npx.leaky_relu(x, act_type="elu", slope=0.3))
show("topk", npx.topk(x, k=2, ret_typ="both"))
show("pick", npx.pick(x, np.array([2, 0])))
show("one_hot", npx.one_hot(np.array([1, 0, 2]), 3))
show("fc", npx.fully_connected(x, np.ones((2, 3)) * 0.5, np.array([0.1, -0.1]), num_hidden=2))
show("layer_norm", npx.layer_norm(x, np.array([1.0, 2.0, 0.5]), np.array([0.0, 0.1, 0.2])))
show("batch_dot", npx.batch_dot(x.reshape(1, 2, 3), x.reshape(1, 3, 2)))
show("flatten", npx.batch_flatten(np.ones((2, 2, 2))))
show("smooth_l1", npx.smooth_l1(x, 0.5))
show("erf", npx.erf(x))
show("gammaln", npx.gammaln(np.array([0.5, 2.5, 4.0])))
show("seq_mask", npx.sequence_mask(np.ones((3, 2)), np.array([1, 3]), use_sequence_length=True, value=-1))
show("arange_like", npx.arange_like(x, start=1, step=0.5))
show("nonzero", npx.nonzero(x > 0))
show("shape_array", npx.shape_array(x))
show("pool", npx.pooling(np.arange(16).reshape(1, 1, 4, 4), kernel=(2, 2), stride=(2, 2), pool_type="avg"))
show("conv", npx.convolution(np.ones((1, 1, 3, 3)), np.ones((2, 1, 2, 2)), np.array([0.0, 1.0]), kernel=(2, 2),
                              num_filter=2))
show("embedding", npx.embedding(np.array([2, 0]), np.arange(6).reshape(3, 2), input_dim=3, output_dim=2))
show("reshape", npx.reshape(np.arange(24).reshape(2, 3, 4), (-2, -6, -1, 1, -2)))
show("reshape_rev", npx.reshape(np.arange(24).reshape(2, 3, 4), (-2, -1), reverse=True))
attempt("reshape_bad", lambda: npx.reshape(np.ones((2, 3, 4)), (-3, -2)))
attempt("legacy", lambda: npx.relu(mx.nd.ones((2,))))

w = np.array([[0.2, -0.3, 0.4], [0.1, 0.5, -0.2]])
w.attach_grad()
with autograd.record():
    loss = npx.log_softmax(npx.fully_connected(x, w, num_hidden=2, no_bias=True)).sum()
loss.backward()
show("grad", w.grad)

npx.random.seed(7)
show("uniform_n", npx.random.uniform_n(np.array([0.0, 1.0]), np.array([1.0, 3.0]), batch_shape=(2,)))
show("normal_n", npx.random.normal_n(1.0, 2.0, batch_shape=(3,)))
show("bernoulli", npx.random.bernoulli(np.array([0.2, 0.9, 0.5])))
