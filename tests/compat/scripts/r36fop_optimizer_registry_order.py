"""The optimizer registry lists MXNet's optimizers in MXNet's order; a user's registered one comes last."""
import mxnet as mx

print(list(mx.optimizer.Optimizer.opt_registry))
print([cls.__name__ for cls in mx.optimizer.Optimizer.opt_registry.values()])


@mx.optimizer.register
class MyOptimizer(mx.optimizer.SGD):
    pass


print(list(mx.optimizer.Optimizer.opt_registry)[-3:])
print(type(mx.optimizer.create('myoptimizer')).__name__)
