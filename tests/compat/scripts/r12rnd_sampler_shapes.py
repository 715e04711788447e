"""Sampler shapes MXNet reads as unknown (None, sizes of 0 or -1) are taken from out= or refused, and a multinomial or shuffle kernel error stays with the sequential random resource only."""
import mxnet as mx

KEYS = ['not int32', 'Unknown type enum 7', 'Shape inconsistent, Provided = [2,3], inferred shape=[3,2]']

def show(call):
    try:
        out = call()
        outs = out if isinstance(out, list) else [out]
        print([(o.shape, o.dtype.__name__) for o in outs], outs[0].asnumpy().ravel()[:4].tolist())
    except mx.base.MXNetError as e:
        lines = [l for l in str(e).split('\n') if l.strip() and not l.startswith((' ', 'Traceback'))]
        text = lines[0].replace('MXNetError: ', '')
        print('MXNetError', next((k for k in KEYS if k in text), text))


mx.random.seed(7)
for shape in [0, (2, 0), (0, 3), (), -1, (2, -1), None, (3, 2)]:
    show(lambda: mx.nd.random.uniform(0, 1, shape=shape, out=mx.nd.zeros((2, 3))))
show(lambda: mx.nd.random.randint(0, 5, shape=(2, 0), out=mx.nd.zeros((4, 4), dtype='int32')))
show(lambda: mx.nd._internal._zeros(shape=(2, 0), out=mx.nd.ones((2, 3))))
show(lambda: mx.nd.random.uniform(0, 1, shape=None))
show(lambda: mx.nd.random.randint(0, 5, shape=None, dtype='float32'))
show(lambda: mx.nd.random.normal(0, 1, shape=None, dtype='int32'))
show(lambda: mx.nd.sample_uniform(mx.nd.zeros(2), mx.nd.ones(2), shape=None))
show(lambda: mx.nd.sample_uniform(mx.nd.zeros(2), mx.nd.ones(2), shape=(2, -1), out=mx.nd.zeros((2, 3))))
for data in [mx.nd.array([0.5, 0.5]), mx.nd.array([[0.5, 0.5]]), mx.nd.ones((1, 1, 2)) / 2, mx.nd.ones((1, 1, 1, 2)) / 2]:
    show(lambda: mx.nd.random.multinomial(data, shape=None))
    show(lambda: mx.nd.sample_multinomial(data, shape=None, get_prob=True))
show(lambda: mx.nd.random.multinomial(mx.nd.array([1, 2, 3], dtype='int32'), shape=0))
show(lambda: mx.nd.random.multinomial(mx.nd.array([0.3, 0.7]), shape=3))
show(lambda: mx.nd.random.uniform(shape=2))
show(lambda: mx.nd.random.multinomial(mx.nd.array([[1, 2, 3]], dtype='int32'), shape=(0,), get_prob=True))
kept = mx.nd.random.multinomial(mx.nd.array([[1, 2, 3]], dtype='int32'), shape=2, get_prob=True)
show(lambda: mx.nd.random.uniform(shape=2))
show(lambda: mx.nd.random.shuffle(mx.nd.arange(5)))
show(lambda: mx.nd.random.uniform(shape=2))
shuffled = mx.nd.random.shuffle(mx.nd.ones(4).astype('bool'))
show(lambda: mx.nd.random.multinomial(mx.nd.array([0.3, 0.7]), shape=3))
show(lambda: mx.nd.random.uniform(shape=2))
show(lambda: mx.nd.random.shuffle(mx.nd.arange(5)))
sampled = mx.nd.random.normal(mx.nd.ones(2).astype('bool'), mx.nd.ones(2).astype('bool'))
show(lambda: mx.nd.random.shuffle(mx.nd.arange(5)))
show(lambda: mx.nd.random.uniform(shape=2))
show(lambda: mx.nd.random.uniform(shape=2))
