"""An op whose gradient is zeros (argmax, a comparison, round, topk's indices, BlockGrad) gives its input no
gradient request: an Embedding's indices, a softmax_cross_entropy's or SoftmaxOutput's label made by one of them
while recording pass backward, as in MXNet (computed otherwise, they are still refused)."""
# recorded on AVX2
from mxnet import nd, autograd
from _words import words

x = nd.array([[0.5, -0.25, 1.0], [0.25, 0.75, -1.0]])
w = nd.ones((3, 3)) * 0.5
CASES = {
    "embedding_argmax": lambda x, w: nd.Embedding(nd.argmax(x, axis=1), w, input_dim=3, output_dim=3),
    "embedding_round": lambda x, w: nd.Embedding(nd.round(nd.abs(x[:, 0]) * 2), w, input_dim=3, output_dim=3),
    "embedding_greater": lambda x, w: nd.Embedding(x[:, 0] > 0, w, input_dim=3, output_dim=3),
    "embedding_blockgrad": lambda x, w: nd.Embedding(nd.BlockGrad(nd.abs(x[:, 0])), w, input_dim=3, output_dim=3),
    "embedding_abs": lambda x, w: nd.Embedding(nd.abs(x[:, 0]), w, input_dim=3, output_dim=3),
    "embedding_topk": lambda x, w: nd.Embedding(nd.topk(x, k=1).reshape((-1,)), w, input_dim=3, output_dim=3),
    "cross_entropy_argmax": lambda x, w: nd.softmax_cross_entropy(x, nd.argmax(x, axis=1)),
    "cross_entropy_greater": lambda x, w: nd.softmax_cross_entropy(x, x[:, 0] > 0),
    "cross_entropy_floor": lambda x, w: nd.softmax_cross_entropy(x, nd.floor(nd.abs(x[:, 1]) * 3)),
    "cross_entropy_abs": lambda x, w: nd.softmax_cross_entropy(x, nd.abs(x[:, 0])),
    "softmax_output_argmax": lambda x, w: nd.SoftmaxOutput(x, nd.argmax(x, axis=1)),
    "softmax_output_equal": lambda x, w: nd.SoftmaxOutput(x, x[:, 0] == 0.5),
    "pick_argmax": lambda x, w: nd.pick(x, nd.argmax(x, axis=1)),
    "take_argmax": lambda x, w: nd.take(w, nd.argmax(x, axis=1)),
    "one_hot_argmax": lambda x, w: nd.one_hot(nd.argmax(x, axis=1), 3) * x,
    "gather_nd_argmax": lambda x, w: nd.gather_nd(w, nd.argmax(x, axis=1).reshape((1, -1))),
    "take_argsort": lambda x, w: nd.take(w, nd.argsort(x)[:, 0]),
}
for label, fn in CASES.items():
    for req in ("write", "add"):
        xi, wi = x.copy(), w.copy()
        xi.attach_grad(grad_req=req)
        wi.attach_grad(grad_req=req)
        try:
            with autograd.record():
                y = fn(xi, wi)
            y.backward()
            print(label, req, xi.grad.asnumpy().tolist(), wi.grad.asnumpy().ravel().tolist())
        except Exception as e:
            print(label, req, words(e))
