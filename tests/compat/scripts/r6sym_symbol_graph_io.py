"""Symbol graphs read back, bound and differentiated as MXNet 1.9.1 does: JSON aliases, attribute order and
spelling, old-format upgrades, head gradients a loss makes unnecessary, labels' gradient arrays, partial shapes."""
import json

import mxnet as mx


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:          # noqa: BLE001 - the exception type is part of the behaviour compared
        print(label, "raised", type(e).__name__)


X = {"op": "null", "name": "x", "inputs": []}


def graph(nodes, heads, version=10901):
    g = {"nodes": nodes, "arg_nodes": [i for i, n in enumerate(nodes) if n["op"] == "null"], "heads": heads}
    if version is not None:
        g["attrs"] = {"mxnet_version": ["int", version]}
    return json.dumps(g)


conv = {"op": "Convolution", "name": "c", "inputs": [[0, 0, 0], [1, 0, 0]],
        "attrs": {"workspace": "512", "kernel": "(3,3)", "num_filter": "04", "no_bias": "1", "__lr_mult__": "2"}}
sym = mx.sym.load_json(graph([X, {"op": "null", "name": "w", "inputs": []}, conv], [[2, 0, 0]]))
print("attr order", list(sym.attr_dict()["c"].items()))
print("written back", json.loads(sym.tojson())["nodes"][-1]["attrs"])
print("infer", sym.infer_shape(x=(1, 2, 5, 5)))
alias = mx.sym.load_json(graph([X, {"op": "Softmax", "name": "sm", "inputs": [[0, 0, 0]]}], [[1, 0, 0]]))
print("alias", [n["op"] for n in json.loads(alias.tojson())["nodes"]], alias.list_arguments())
for version in (None, 800, 900):
    fc = {"op": "FullyConnected", "name": "fc", "attrs": {"num_hidden": "2"}, "inputs": [[0, 0, 0]]}
    attempt(f"version {version}", lambda: mx.sym.load_json(graph([X, fc], [[1, 0, 0]], version)).list_arguments())
attempt("bad enum", lambda: mx.sym.load_json(graph([X, {"op": "Activation", "name": "a", "attrs": {"act_type": "no"},
                                                           "inputs": [[0, 0, 0]]}], [[1, 0, 0]])))
attempt("dangling", lambda: mx.sym.load_json(graph([X], [[3, 0, 0]])))

d = mx.sym.var("d")
for label, head in [("BlockGrad + MakeLoss", mx.sym.BlockGrad(d) + mx.sym.MakeLoss(d)),
                    ("MakeLoss * 2", mx.sym.MakeLoss(d) * 2), ("sum(MakeLoss)", mx.sym.sum(mx.sym.MakeLoss(d))),
                    ("MakeLoss + d * 2", mx.sym.MakeLoss(d) + d * 2)]:
    def grad(head=head):
        ex = head.simple_bind(mx.cpu(), d=(3,))
        ex.arg_dict["d"][:] = mx.nd.array([0.5, -1.0, 2.0])
        ex.forward(is_train=True)
        ex.backward()
        return ex.grad_dict["d"].asnumpy().tolist()
    attempt(label, grad)

data, lab = mx.sym.var("data"), mx.sym.var("label")
for label, net, shape, values in [
        ("SoftmaxOutput", mx.sym.SoftmaxOutput(data, lab), (4, 3), [0, 1, 2, 1]),
        ("LinearRegressionOutput", mx.sym.LinearRegressionOutput(data, lab), (4,), [0, 1, 2, 1]),
        ("SequenceLast", mx.sym.SequenceLast(data, lab, use_sequence_length=True), (4, 3), [1, 2, 3]),
        ("pick", mx.sym.pick(data, lab), (4, 3), [0, 1, 2, 1])]:
    args = {"data": mx.nd.ones(shape), "label": mx.nd.array(values)}
    grads = {k: mx.nd.ones(v.shape) * 7 for k, v in args.items()}
    ex = net.bind(mx.cpu(), args, args_grad=grads)
    outs = ex.forward(is_train=True)
    ex.backward([mx.nd.ones(o.shape) for o in outs])
    print(label, "label gradient", grads["label"].asnumpy().tolist())

x = mx.sym.var("x")
print("regression label", mx.sym.LinearRegressionOutput(x, name="r").infer_shape(x=(4, 1)))
print("broadcast_to partial", mx.sym.broadcast_to(x, shape=(2, 0)).infer_shape_partial(x=(1, 0)))
print("rnn partial", mx.sym.RNN(x, state_size=4, num_layers=1, mode="lstm", name="o").infer_shape_partial(x=(5, 2, 0)))
attempt("same-name bind", lambda: (mx.sym.var("a") * mx.sym.var("a")).eval(a=mx.nd.array([2.0])))
attempt("sym.equal", lambda: mx.sym.equal)
