"""Executor binds of arrays whose dtypes an op refuses together, bind's argument order, LeakyReLU's shape
inference, and the monitor names of an identity's input."""
# recorded on AVX2
import mxnet as mx
from _words import words

a, b = mx.sym.Variable("a"), mx.sym.Variable("b")
OPS = {"add": lambda: a + b, "elemwise_add": lambda: mx.sym.elemwise_add(a, b),
       "broadcast_mul": lambda: mx.sym.broadcast_mul(a, b), "dot": lambda: mx.sym.dot(a, b),
       "Concat": lambda: mx.sym.Concat(a, b, dim=0),
       "FullyConnected": lambda: mx.sym.FullyConnected(a, b, num_hidden=2, no_bias=True),
       "where": lambda: mx.sym.where(a > 0, a, b), "stack": lambda: mx.sym.stack(a, b),
       "add_n": lambda: mx.sym.add_n(a, b),
       "relu then add": lambda: mx.sym.relu(a) + b, "SoftmaxOutput": lambda: mx.sym.SoftmaxOutput(a, b),
       "LinearRegressionOutput": lambda: mx.sym.LinearRegressionOutput(a, b), "Cast then add": lambda: mx.sym.Cast(
           a, dtype="float32") + b, "prelu": lambda: mx.sym.LeakyReLU(a, gamma=b, act_type="prelu"),
       "batch_dot": lambda: mx.sym.batch_dot(mx.sym.expand_dims(a, 0), mx.sym.expand_dims(b, 0))}
SHAPES = {"SoftmaxOutput": (2,), "prelu": (2,)}
for label, make in OPS.items():
    for ta, tb in (("float64", "float32"), ("float32", "float16"), ("int32", "float32"), ("float32", "float32")):
        y = make()
        args = {"a": mx.nd.ones((2, 2), dtype=ta), "b": mx.nd.ones(SHAPES.get(label, (2, 2)), dtype=tb)}
        try:
            ex = y.bind(mx.cpu(), args)
        except Exception as e:
            print(label, ta, tb, "bind", words(e))
            continue
        try:
            out = ex.forward()[0]
            print(label, ta, tb, out.dtype, out.asnumpy().ravel()[:2])
        except Exception as e:
            print(label, ta, tb, "forward", words(e))

d = mx.sym.Variable("data")
y = mx.sym.SoftmaxOutput(mx.sym.BatchNorm(mx.sym.FullyConnected(d, num_hidden=3, name="fc"), name="bn"), name="sm")
args = {"data": mx.nd.ones((2, 4)), "fc_weight": mx.nd.ones((3, 4)), "fc_bias": mx.nd.ones((3,)),
        "bn_gamma": mx.nd.ones((3,)), "bn_beta": mx.nd.ones((3,)), "sm_label": mx.nd.ones((2,))}
aux = {"bn_moving_mean": mx.nd.zeros((3,)), "bn_moving_var": mx.nd.ones((3,))}
for req in ("write", "sum", ("write",) * 6, ["write"] * 6):
    for aux_states in (aux, None, [aux["bn_moving_mean"]]):
        try:
            y.bind(mx.cpu(), args, grad_req=req, aux_states=aux_states)
            print("bind", req, aux_states is None, "bound")
        except Exception as e:
            print("bind", req, aux_states is None, words(e))

x = mx.sym.Variable("x2")
for act in ("leaky", "elu", "selu", "gelu"):
    y = mx.sym.elemwise_mul(d, mx.sym.LeakyReLU(x, act_type=act))
    print(act, y.infer_shape_partial(data=(2, 3)))
    try:
        y.simple_bind(mx.cpu(), data=(2, 3))
    except Exception as e:
        print(act, words(e))
for label, op in (("relu", mx.sym.relu), ("softmax", mx.sym.softmax), ("log_softmax", mx.sym.log_softmax),
                  ("Dropout", mx.sym.Dropout), ("MakeLoss", mx.sym.MakeLoss), ("make_loss", mx.sym.make_loss),
                  ("BlockGrad", mx.sym.BlockGrad), ("softmin", mx.sym.softmin)):
    print(label, (d + op(x)).infer_shape_partial(data=(2, 3)))

for make in (lambda: mx.sym.identity(d), lambda: mx.sym.FullyConnected(mx.sym.identity(d), num_hidden=2, name="fc")):
    ex = make().simple_bind(mx.cpu(), data=(2, 3))
    names = []
    ex.set_monitor_callback(lambda n, arr: names.append(n.decode()), monitor_all=True)
    ex.forward()
    print([n.replace(n.split("_")[0], "node", 1) if n.startswith("identity") else n for n in names])

e = mx.sym.exp(d)
y = mx.sym.Group([mx.sym.relu(e, name="ra"), mx.sym.relu(e, name="rb")])      # one node once merged
for req in ("write", "null"):
    for monitor_all in (False, True):
        ex = y.simple_bind(mx.cpu(), grad_req=req, data=(2, 2))
        names = []
        ex.set_monitor_callback(lambda n, arr: names.append(n.decode()), monitor_all=monitor_all)
        ex.forward(is_train=req == "write")
        print(req, monitor_all, [n for n in names if not n.startswith("exp")], list(ex.output_dict))
        if req == "write":
            ex.backward([mx.nd.ones((2, 2)), mx.nd.ones((2, 2)) * 2])
            print(ex.grad_dict["data"].asnumpy().ravel())
