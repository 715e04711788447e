# The mxnet-notebooks tutorials pick mx.gpu() when told to: on a CPU-only MXNet every GPU placement fails.
import mxnet as mx
print(mx.context.num_gpus(), mx.test_utils.list_gpus(), mx.gpu(), mx.gpu(1).device_type, mx.cpu() == mx.cpu(0), mx.current_context())
for f in [lambda: mx.nd.ones((2,), ctx=mx.gpu()), lambda: mx.nd.ones((2,)).as_in_context(mx.gpu(0)),
          lambda: mx.nd.ones((2,)).copyto(mx.gpu(0)),
          lambda: mx.mod.Module(mx.sym.Variable('x') * 2, label_names=None, context=mx.gpu()).bind([('x', (1,))]),
          lambda: mx.mod.Module(mx.sym.Variable('x') * 2, data_names=['x'], label_names=None,
                                context=mx.gpu()).bind([('x', (1,))]),
          lambda: (mx.sym.Variable('x') * 2).bind(mx.gpu(), {'x': mx.nd.ones((1,))}),
          lambda: mx.sym.Variable('x').simple_bind(mx.gpu(), x=(1,))]:
    try:
        r = f()
        print('ok', type(r).__name__)
    except Exception as e:
        print(type(e).__name__)
with mx.Context('cpu', 0):
    print(mx.current_context(), mx.nd.ones((1,)).context)
print(mx.Context.default_ctx, repr(mx.cpu_pinned()), mx.cpu(2).device_id)
