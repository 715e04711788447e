import mxnet as mx
import numpy as np

print(mx.cpu(), mx.cpu(1), repr(mx.cpu()), mx.cpu().device_type, mx.cpu().device_id)
print(mx.cpu() == mx.cpu(0), mx.cpu() == mx.cpu(1), mx.context.current_context())
print(mx.Context('cpu', 2), mx.Context(mx.cpu(3)))
with mx.Context('cpu', 1):
    print(mx.current_context(), mx.nd.zeros((1,)).context)
print(mx.context.num_gpus())
g = mx.gpu(0)
print(g, g.device_type, g.device_typeid, mx.cpu().device_typeid, mx.cpu_pinned(), mx.cpu_pinned().device_type)
print(hash(mx.cpu()) == hash(mx.cpu(0)))
try:
    mx.nd.zeros((2,), ctx=mx.gpu(0)).asnumpy()
    print("gpu ok")
except Exception as e:
    print(type(e).__name__)
print(isinstance(mx.base.MXNetError("x"), Exception), issubclass(mx.base.MXNetError, RuntimeError))
print(mx.base.string_types, mx.base.numeric_types[:2], mx.base.integer_types)
f = mx.runtime.Features()
print(f.is_enabled('CPU_SSE'), type(f).__name__)
try:
    f.is_enabled('NOT_A_FEATURE')
except Exception as e:
    print(type(e).__name__)
print(mx.util.is_np_array(), mx.util.is_np_shape())
print(mx.test_utils.default_context())
print(mx.test_utils.almost_equal(np.ones(3), np.ones(3) + 1e-9))
try:
    mx.test_utils.assert_almost_equal(np.ones(3), np.zeros(3))
except AssertionError:
    print("AssertionError")
with mx.name.Prefix("pre_"):
    print(mx.sym.var("x").name, mx.sym.FullyConnected(mx.sym.var("y"), num_hidden=2).name)
with mx.AttrScope(group="4", data="great"):
    v = mx.sym.var("d", attr={"dtype": "data", "group": "1"})
    print(sorted(v.list_attr().items()))
print(mx.nd.array([1, 2]).context, mx.nd.array([1, 2], ctx=mx.cpu(1)).context)
a = mx.nd.ones((2,), ctx=mx.cpu(1))
print(a.as_in_context(mx.cpu(0)).context, a.copyto(mx.cpu(2)).context)
print(type(mx.nd.ones((2,)).as_in_context(mx.cpu(0))).__name__)
print(mx.random.seed(1), mx.nd.random.uniform(shape=(2,)).asnumpy().tolist())
print(mx.kv.create().type, mx.kvstore.create('local').rank)
print(type(mx.init.Uniform()).__name__, mx.optimizer.SGD().__class__.__name__)
print(mx.metric.create('acc').get(), mx.metric.Accuracy().name)
print(mx.lr_scheduler.FactorScheduler(step=10)(20))
