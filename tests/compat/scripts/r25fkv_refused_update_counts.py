# An optimizer update refused for its gradient's dtype or shape has counted itself first (as MXNet's update calls
# _update_count before its operator), so the next accepted update runs at t = 2; seen directly and through a
# kvstore updater whose first push brings a float32 gradient to a float16 weight.
# recorded on AVX2
import mxnet as mx
from _words import words

names = ['adam', 'sgd', 'nag', 'rmsprop', 'adagrad', 'adadelta', 'ftrl', 'adamax', 'nadam', 'signum', 'lamb', 'ftml',
         'lars', 'lbsgd', 'dcasgd', 'groupadagrad']
for name in names:
    for bad in ['dtype', 'shape']:
        o = mx.optimizer.create(name, learning_rate=0.1)
        w = mx.nd.array([[1.0, 1.0], [0.5, -2.5]])
        st = o.create_state(0, w)
        g = mx.nd.ones(w.shape, dtype='float16') if bad == 'dtype' else mx.nd.ones((2,))
        try:
            o.update(0, w, g, st)
            print(name, bad, 'accepted')
        except Exception as e:
            print(name, bad, words(e).splitlines()[0][:100])
        print('  count', o._index_update_count.get(0), o.num_update)

kv = mx.kv.create('device')
kv.init('zz', mx.nd.array([1.0, 1.0, 0.5, -2.5], dtype='float16'))
kv.set_optimizer(mx.optimizer.create('adam', learning_rate=1.0))
kv.push('zz', mx.nd.array([0.0, -1.0, 0.5, 2.0], dtype='float32'))     # refused: its error is dropped
kv.push('zz', mx.nd.array([1.0, 2.0, 0.5, -2.5], dtype='float16'))
o = mx.nd.zeros((4,), dtype='float16')
kv.pull('zz', out=o)
print('adam through a kvstore', o.asnumpy().tolist())
