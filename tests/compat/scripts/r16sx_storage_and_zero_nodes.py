"""Storage-type refusals at bind (Embedding, BatchNorm over sparse data) and legacy zero sizes in operators."""
import re

import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        if type(e).__name__ != "RuntimeError":
            print(label, "->", words(e))
            return
        lines = [re.sub(r"(\[\d\d:\d\d:\d\d\] )?\S+\.(cc|h):\d+: ", "", line.replace("MXNetError: ", ""))
                 for line in str(e).splitlines() if line.strip()]
        print(label, "->", type(e).__name__, [line for line in lines if "operator" in line or "storage" in line
                                              or "params" in line or "decide" in line])


x = mx.sym.Variable("x")
for fix_gamma in [True, False]:
    bn = mx.sym.BatchNorm(x, name="bn", fix_gamma=fix_gamma)
    for stype in ["csr", "row_sparse", "default"]:
        attempt(f"BatchNorm fix_gamma={fix_gamma} {stype} simple_bind",
                lambda: [a.stype for a in bn.simple_bind(mx.cpu(), stype_dict={"x": stype}, x=(2, 3)).arg_arrays])
        args = [nd.zeros((2, 3)).tostype(stype), nd.ones((3,)), nd.zeros((3,))]
        attempt(f"BatchNorm fix_gamma={fix_gamma} {stype} bind",
                lambda: bn.bind(mx.cpu(), args, aux_states=[nd.zeros((3,)), nd.ones((3,))]).forward()[0].shape)
for sparse_grad in [False, True]:
    emb = mx.sym.Embedding(x, input_dim=5, output_dim=2, name="em", sparse_grad=sparse_grad, dtype="float64")
    for stypes in [{"x": "csr"}, {"x": "default"}, {"x": "default", "em_weight": "default"},
                   {"x": "default", "em_weight": "row_sparse"}, {"em_weight": "row_sparse"}]:
        attempt(f"Embedding sparse_grad={sparse_grad} {stypes}",
                lambda: [a.stype for a in emb.simple_bind(mx.cpu(), stype_dict=stypes, x=(2,)).arg_arrays])
    attempt(f"Embedding sparse_grad={sparse_grad} row_sparse weight bind",
            lambda: emb.bind(mx.cpu(), [nd.array([0, 1]), nd.ones((5, 2), dtype="float64").tostype("row_sparse")])
            .forward()[0].asnumpy().tolist())

nets = {"zeros": mx.sym.zeros((2, 0)), "ones": mx.sym.ones((0,)), "full": mx.sym.full((0, 2), 3),
        "sum of zeros": mx.sym.sum(mx.sym.zeros((2, 0))), "empty slice": mx.sym.slice(x, begin=(0, 1), end=(2, 1)),
        "sum axis 1 of (0,)": mx.sym.sum(x, axis=1, name="s"), "max axis -2 of (0,)": mx.sym.max(x, axis=-2, name="m")}
for np_shape in [False, True]:
    with mx.util.np_shape(np_shape):
        for name, net in nets.items():
            given = {"x": (2, 3) if "slice" in name else (0,)} if net.list_arguments() else {}
            attempt(f"np_shape={np_shape} {name} eval",
                    lambda: [o.shape for o in net.eval(**{k: nd.ones(v) for k, v in given.items()})])
            attempt(f"np_shape={np_shape} {name} simple_bind",
                    lambda: [o.shape for o in net.simple_bind(mx.cpu(), **given).outputs])
            if not np_shape:
                attempt(f"np_shape={np_shape} {name} infer_shape_partial", lambda: net.infer_shape_partial(**given))
