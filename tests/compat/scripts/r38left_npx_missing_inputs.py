"""npx operators refuse a non-array out= before counting inputs given as None; a layer's missing weight counts its bias unless no_bias."""
import mxnet as mx

np, npx, nd = mx.np, mx.npx, mx.nd


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, r.shape)
    except Exception as e:
        print(label, type(e).__name__, str(e).replace("\n", " | ")[-150:])


x, x4 = np.ones((2, 3)), np.ones((1, 1, 3, 3))
for name in ("relu", "sigmoid", "erf", "gamma", "gammaln", "batch_flatten", "shape_array", "log_softmax", "softmax",
             "dropout", "smooth_l1", "pick", "gather_nd", "arange_like"):
    f = getattr(npx, name)
    for label, call in (("(None,out=5)", lambda: f(None, out=5)), ("(data=None,out=5)", lambda: f(data=None, out=5)),
                        ("(None,out=nd)", lambda: f(None, out=mx.nd.zeros(2))),
                        ("(None,out=[5])", lambda: f(None, out=[5])), ("(None,out=np)", lambda: f(None, out=np.zeros(2))),
                        ("(None)", lambda: f(None)), ("(5,out=5)", lambda: f(5, out=5))):
        show(name + label, call)
show("relu(None,name,out=5)", lambda: npx.relu(None, name="a", out=5))
show("relu(None,foo,out=5)", lambda: npx.relu(None, foo=1, out=5))
show("batch_dot(None,None,out=np)", lambda: npx.batch_dot(None, None, out=np.zeros(3)))
show("layer_norm(x,None,None,out=5)", lambda: npx.layer_norm(x, None, None, out=5))
for nb in (None, False, True, 0, "False", "1"):
    kw = {} if nb is None else {"no_bias": nb}
    show(f"npx.fc w=None {nb!r}", lambda: npx.fully_connected(x, None, num_hidden=2, **kw))
    show(f"npx.fc w=None out=np {nb!r}", lambda: npx.fully_connected(x, None, num_hidden=2, out=np.zeros((2, 2)), **kw))
    show(f"nd.fc w=None {nb!r}", lambda: nd.FullyConnected(nd.ones((2, 3)), None, num_hidden=2, **kw))
    show(f"nd.fc data only {nb!r}", lambda: nd.FullyConnected(nd.ones((2, 3)), num_hidden=2, **kw))
    show(f"npx.conv w=None {nb!r}", lambda: npx.convolution(x4, None, kernel=(1, 1), num_filter=1, **kw))
    show(f"npx.deconv w=None {nb!r}", lambda: npx.deconvolution(x4, None, kernel=(1, 1), num_filter=1, **kw))
    show(f"nd.conv w=None {nb!r}", lambda: nd.Convolution(nd.ones((1, 1, 3, 3)), None, kernel=(1, 1), num_filter=1,
                                                          **kw))
    show(f"nd.deconv w=None {nb!r}", lambda: nd.Deconvolution(nd.ones((1, 1, 3, 3)), None, kernel=(1, 1),
                                                              num_filter=1, **kw))
show("nd.fc data None", lambda: nd.FullyConnected(None, nd.ones((2, 3)), num_hidden=2))
show("nd.fc x,w", lambda: nd.FullyConnected(nd.ones((2, 3)), nd.ones((2, 3)), num_hidden=2))
show("nd.bn gamma None", lambda: nd.BatchNorm(nd.ones((2, 3)), None))
show("nd.emb w None", lambda: nd.Embedding(nd.ones((2,)), None, input_dim=2, output_dim=2))
