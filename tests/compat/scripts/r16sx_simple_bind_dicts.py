"""simple_bind's type_dict and stype_dict readings, bind's check order, and kernels refusing a dtype at bind."""
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
        # simple_bind: the shapes given, then MXNet's check (its storage report over several lines)
        lines = [line.replace("MXNetError: ", "").split("] ")[-1] for line in str(e).splitlines() if line.strip()]
        report = [line for line in lines if line.startswith(("input storage", "params", "Operator not"))]
        print(label, "->", type(e).__name__, report or lines[-1])


x, w = mx.sym.Variable("x"), mx.sym.Variable("w")
fc = mx.sym.FullyConnected(x, num_hidden=3, name="fc")
for types in [None, {"x": "float64"}, {"x": None}, {"x": "int32"}, {"x": "foo"}]:
    attempt(f"type_dict {types}", lambda: [a.dtype.__name__ for a in fc.simple_bind(mx.cpu(), type_dict=types,
                                                                                     x=(2, 4)).arg_arrays])
nets = {"reshape": (mx.sym.reshape(x, shape=(-1,)), dict(x=(2, 3))), "mul": (x * w, dict(x=(2, 3), w=(2, 3)))}
for name, (net, shapes) in nets.items():
    for stypes in [{"x": "foo"}, {"zz": "foo"}, {"x": "default", "w": "default"}, {"x": "csr"}, {}]:
        attempt(f"{name} stype_dict {stypes}",
                lambda: [a.stype for a in net.simple_bind(mx.cpu(), stype_dict=stypes, **shapes).arg_arrays])
emb = mx.sym.Embedding(x, input_dim=5, output_dim=2, name="em")
for stypes in [{"x": "default"}, {"x": "default", "em_weight": "row_sparse"}, {"x": "default", "em_weight": "csr"},
               {"em_weight": "default"}]:
    attempt(f"embedding {stypes}", lambda: [a.stype for a in emb.simple_bind(mx.cpu(), stype_dict=stypes,
                                                                                x=(2,)).arg_arrays])

args = [nd.ones((2,)), nd.ones((2,))]
attempt("bad grad_req, other context", lambda: (x * w).bind(mx.cpu(1), args, grad_req="bogus"))
attempt("bad grad_req list, other context", lambda: (x * w).bind(mx.cpu(1), args, grad_req=["bogus", "write"]))
attempt("int grad_req, other context", lambda: (x * w).bind(mx.cpu(1), args, grad_req=1))
attempt("other context", lambda: (x * w).bind(mx.cpu(1), args))
attempt("aux list for no states", lambda: (x * w).bind(mx.cpu(), args, aux_states=[nd.ones((1,))]))
bn = mx.sym.BatchNorm(x, name="bn")
attempt("empty aux dict", lambda: bn.bind(mx.cpu(), [nd.ones((2, 3)), nd.ones((3,)), nd.ones((3,))], aux_states={}))
kernels = {"MakeLoss": (mx.sym.MakeLoss(x), (2, 3)), "Dropout": (mx.sym.Dropout(x, p=0.5), (2, 3)),
           "Pad": (mx.sym.pad(x, mode="constant", pad_width=(0, 0, 0, 0, 1, 1, 1, 1)), (1, 1, 2, 2)),
           "GridGenerator": (mx.sym.GridGenerator(x, transform_type="affine", target_shape=(2, 2)), (1, 6))}
for name, (net, shape) in kernels.items():
    for dtype in ["int32", "uint8", "bool"]:
        attempt(f"{name} {dtype} bind", lambda: net.bind(mx.cpu(), {"x": nd.ones(shape, dtype=dtype)}))
        attempt(f"{name} {dtype} simple_bind", lambda: net.simple_bind(mx.cpu(), type_dict={"x": dtype}, x=shape))
