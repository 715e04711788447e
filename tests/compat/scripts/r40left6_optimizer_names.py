"""The public names of mx.optimizer.optimizer and optimizer.contrib are MXNet's (the nd operators they import,
get_updater, the modules), none of distnet's helpers; the imported operators are nd's."""
import mxnet as mx

for module in [mx.optimizer.optimizer, mx.optimizer.contrib]:
    print(module.__name__.split(".", 1)[1], [n for n in dir(module) if not n.startswith("_")])
O = mx.optimizer.optimizer
print(O.sgd_update is mx.nd.sgd_update, O.NDabs is mx.nd.abs, O.NDnorm is mx.nd.norm, O.normal is mx.nd.random.normal,
      O.multi_lamb_update is mx.nd.contrib.multi_lamb_update, O.sparse is mx.nd.sparse, O.get_updater is
      mx.optimizer.get_updater, O.numpy.__name__, O.pickle.__name__, O.logging.__name__, O.py_str(b"a"))
C = mx.optimizer.contrib
print(C.Optimizer is mx.optimizer.Optimizer, C.register is mx.optimizer.register, C.contrib is mx.nd.contrib,
      C.mean is mx.nd.mean, C.NDArray is mx.nd.NDArray)
w, g = mx.nd.ones((3,)), mx.nd.array([0.5, -1, 2])
O.sgd_update(w, g, lr=0.1, wd=0.0, out=w)
print(w)
for expr in ["mx.optimizer.optimizer.nothing", "mx.optimizer.contrib.nothing"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(expr, "AttributeError", e)
