# Registering something that is not a class, or a class of the wrong kind, fails as MXNet's registries do;
# a spatial-transformer localisation bias must have 6 rows.
import warnings
import mxnet as mx

warnings.simplefilter('ignore')


class NotAnInitializer:
    pass


for reg in [mx.init.register, mx.metric.register, mx.optimizer.register]:
    for x in [3, 'abc', None, NotAnInitializer]:
        try:
            reg(x)
            print('registered', x if not isinstance(x, type) else x.__name__)
        except Exception as e:
            print(type(e).__name__)

for shp in [(6,), (4,), (6, 3), (3, 6), (12,)]:
    a = mx.nd.ones(shp)
    try:
        mx.init.Uniform()('stn_loc_bias', a)
        print(shp, a.asnumpy().ravel().tolist())
    except Exception as e:
        print(shp, type(e).__name__)

# KVStoreBase.register takes any class (its base is not checked) but nothing else
mx.kv.KVStoreBase.register(NotAnInitializer)
print(type(mx.kv.create('notaninitializer')).__name__)
for x in [3, None, 'abc', len]:
    try:
        mx.kv.KVStoreBase.register(x)
        print('registered')
    except Exception as e:
        print(type(e).__name__)
