"""MXNet's shape functions log reshape's target_shape and batch_take's deprecation on each inference: once a node at a
training bind, five times at an inference bind on cpu(0) (the subgraph backend's four passes infer again), twice on an
Executor.reshape, never on a bound executor's forward."""
import mxnet as mx
from _stderr import stderr_of

data = mx.sym.var('data')
one = mx.sym.reshape(data, target_shape=(3, 2))
two = mx.sym.reshape(mx.sym.relu(one), target_shape=(2, 3))
take = mx.sym.batch_take(data, mx.sym.var('index'))


def show(label, call):
    result, lines = stderr_of(call)
    shown = result if isinstance(result, Exception) else type(result).__name__
    counts = {}
    for line in lines:
        counts[line] = counts.get(line, 0) + 1
    print(label, shown, sorted(counts.items()))
    return result


for name, sym in [('one', one), ('two', two)]:
    for req in ('write', 'null'):
        exe = show(f'{name} simple_bind {req}', lambda: sym.simple_bind(mx.cpu(), grad_req=req, data=(2, 3)))
        show(f'{name} forward {req}', lambda: exe.forward(is_train=req == 'write', data=mx.nd.ones((2, 3))))
        if req == 'write':
            show(f'{name} backward', lambda: exe.backward(mx.nd.ones(exe.outputs[0].shape)))
        show(f'{name} reshape {req}', lambda: exe.reshape(data=(3, 2)))
    show(f'{name} cpu(1)', lambda: sym.simple_bind(mx.cpu(1), grad_req='null', data=(2, 3)))
    args = {'data': mx.nd.ones((2, 3))}
    show(f'{name} bind', lambda: sym.bind(mx.cpu(), args))
    show(f'{name} bind grads', lambda: sym.bind(mx.cpu(), args, args_grad={'data': mx.nd.zeros((2, 3))}))
    show(f'{name} infer_shape', lambda: sym.infer_shape(data=(2, 3)))
    show(f'{name} infer_shape_partial', lambda: sym.infer_shape_partial())
    for training in (False, True):
        mod = mx.mod.Module(sym, data_names=['data'], label_names=None)
        show(f'{name} module bind {training}', lambda: mod.bind([('data', (2, 3))], for_training=training))
        mod.init_params()
        show(f'{name} module forward', lambda: mod.forward(mx.io.DataBatch([mx.nd.ones((2, 3))]), is_train=training))
        print(mod.get_outputs()[0].asnumpy())

exe = show('take simple_bind', lambda: take.simple_bind(mx.cpu(), grad_req='null', type_dict={'data': 'float32', 'index': 'int32'},
                                                        data=(2, 3), index=(2,)))
show('take forward', lambda: exe.forward(data=mx.nd.arange(6).reshape((2, 3)), index=mx.nd.array([2, 0], dtype='int32')))
print(exe.outputs[0].asnumpy())
show('take nd', lambda: mx.nd.batch_take(mx.nd.arange(6).reshape((2, 3)), mx.nd.array([1, 1], dtype='int32')))
show('reshape nd', lambda: mx.nd.reshape(mx.nd.ones((2, 3)), target_shape=(3, 2)))

# a Module's reshape (an Executor.reshape: two inferences), a BucketingModule's new bucket (a bind: its partitioning
# passes log before the bucket's arrays are allocated)
folded = mx.sym.reshape(data, target_shape=(0, 6))
for training in (False, True):
    mod = mx.mod.Module(folded, data_names=['data'], label_names=None)
    show(f'folded module bind {training}', lambda: mod.bind([('data', (2, 2, 3))], for_training=training))
    mod.init_params()
    show('folded module reshape', lambda: mod.reshape([('data', (4, 2, 3))]))
    show('folded module forward', lambda: mod.forward(mx.io.DataBatch([mx.nd.ones((3, 2, 3))]), is_train=training))
    print(mod.get_outputs()[0].shape)
    buckets = mx.mod.BucketingModule(lambda k: (mx.sym.reshape(mx.sym.var('data'), target_shape=(0, k)), ('data',), None),
                                     default_bucket_key=6)
    show(f'bucketing bind {training}', lambda: buckets.bind([('data', (2, 2, 3))], for_training=training))
    buckets.init_params()
    show('bucketing switch', lambda: buckets.switch_bucket(12, [('data', (2, 4, 3))], None))
    show('bucketing forward', lambda: buckets.forward(mx.io.DataBatch([mx.nd.ones((2, 4, 3))], bucket_key=12,
                                                                      provide_data=[('data', (2, 4, 3))]),
                                                      is_train=training))
    print(buckets.get_outputs()[0].shape)
