"""Names MXNet's mx.metric, mx.optimizer and gluon.trainer modules show beside their classes (imports included)."""
import mxnet as mx

for name in ['OrderedDict', 'math', 'numpy', 'ndarray', 'registry', 'numeric_types', 'string_types', 'np',
             'check_label_shapes', 'alias', 'register', 'create']:
    value = getattr(mx.metric, name)
    print('metric', name, (getattr(value, '__name__', None) or '').split('.')[-1] or [t.__name__ for t in value])
print(mx.metric.numpy.float32(0.5), mx.metric.math.pi, mx.metric.ndarray.zeros((2,)).shape)
print(mx.metric.registry.get_create_func(mx.metric.EvalMetric, 'metric')('acc').get())
print(isinstance(3, mx.metric.numeric_types), isinstance('a', mx.metric.string_types))
print(mx.gluon.trainer.KVStore is mx.kv.KVStore, mx.gluon.trainer.opt is mx.optimizer)
print(mx.optimizer.NDabs(mx.nd.array([-1.5, 2])))
